package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.crmkit.core.CrmValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Bad JSON met while reading, on its way out to the Jackson adapter: each enclosing object and array
 * adds its property name or index, so the path is complete when it becomes a
 * {@link CrmJsonException}. Internal: never leaves the package.
 */
final class ReadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN = 80;

  private final String problem;
  private String path = "";

  private ReadFailure(String problem, @Nullable Throwable cause) {
    super(problem, cause, false, false);
    this.problem = problem;
  }

  /** A failure of the value being read. */
  static ReadFailure of(String problem) {
    return new ReadFailure(problem, null);
  }

  /** The value being read broke a rule of the model. */
  static ReadFailure invalid(CrmValidationException e) {
    return new ReadFailure(e.getMessage(), e);
  }

  /** The text is not JSON. */
  static ReadFailure malformed(StreamReadException e) {
    return new ReadFailure("malformed JSON: " + e.getOriginalMessage(), e);
  }

  /** The model refused the value with an exception other than a validation failure. */
  static ReadFailure refused(RuntimeException e) {
    return new ReadFailure("refused: " + e.getMessage(), e);
  }

  /** Text from the input as shown in a message: quoted, cut after 80 characters. */
  static String shown(String input) {
    String cut = input.length() > MAX_SHOWN ? input.substring(0, MAX_SHOWN) + "..." : input;
    return "'" + cut + "'";
  }

  /** This failure, inside the property {@code name} of an object. */
  ReadFailure at(String name) {
    path = path.isEmpty() || path.startsWith("[") ? name + path : name + "." + path;
    return this;
  }

  /** This failure, inside the element at {@code index} of an array. */
  ReadFailure at(int index) {
    path = path.isEmpty() || path.startsWith("[") ? "[" + index + "]" + path : "[" + index + "]." + path;
    return this;
  }

  /** The failure as Jackson's exception, located at the parser's current token. */
  CrmJsonException toException(JsonParser parser) {
    return new CrmJsonException(parser, path, problem, getCause());
  }

  @Override
  public String getMessage() {
    return path.isEmpty() ? problem : path + ": " + problem;
  }
}
