package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.crmkit.core.CrmValidationException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * JSON that crmkit could not read: names where ({@link #path()}, such as
 * {@code contact.emails[1]}) and what was wrong ({@link #problem()}).
 *
 * <p>When the JSON was well formed but a value broke a rule of the model (an e-mail address without
 * a domain, an update before the creation), the cause is the {@link CrmValidationException}, whose
 * field and rule appear in the message. The message ends with the location in the input, as every
 * Jackson exception's does.
 */
public final class CrmJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  CrmJsonException(JsonParser parser, String path, String problem, @Nullable Throwable cause) {
    super(parser, message(path, problem, cause), cause);
    this.path = path;
    this.problem = problem;
  }

  /**
   * Where the problem is: property names joined by dots, array indexes in brackets, starting with
   * the record read ({@code contact.emails[1]}, {@code quote.lineItems[0].unitPrice.amount});
   * empty when the value read is itself the problem.
   */
  public String path() {
    return path;
  }

  /** What was wrong, without the path: {@code unknown property}, {@code expected a string, found a number}. */
  public String problem() {
    return problem;
  }

  /** The rule of the model the input broke, when that was the problem. */
  public Optional<CrmValidationException> violation() {
    return getCause() instanceof CrmValidationException e ? Optional.of(e) : Optional.empty();
  }

  /**
   * The path and the problem; when the problem is a validation failure whose field already names
   * the path or a place inside it ({@code contact.accountLinks} at {@code contact}), the path is
   * not repeated.
   */
  private static String message(String path, String problem, @Nullable Throwable cause) {
    if (path.isEmpty()) {
      return problem;
    }
    if (cause instanceof CrmValidationException e
        && (e.field().equals(path) || e.field().startsWith(path + ".") || e.field().startsWith(path + "["))) {
      return problem;
    }
    return path + ": " + problem;
  }
}
