package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.util.function.Function;

/**
 * How one type is written as JSON and read back. Codecs write with the generator's primitives only,
 * so the JSON does not change with the host's ObjectMapper settings (date formats, enum naming).
 *
 * <p>{@link #read(JsonParser)} starts on the value's first token (never a {@code null} token taken
 * for absence: the caller decides what {@code null} means) and leaves the parser on its last token.
 * Bad input fails with a {@link ReadFailure}, which the Jackson adapters turn into a
 * {@link CrmJsonException} naming the path.
 *
 * @param <T> the type written and read
 */
interface Codec<T> {

  /** Writes the value. */
  void write(T value, JsonGenerator out) throws IOException;

  /**
   * Reads a value starting on the parser's current token.
   *
   * @throws ReadFailure when the JSON is not a value of this type
   */
  T read(JsonParser in) throws IOException;

  /**
   * A codec of another type with the same JSON: written as {@code toJson} gives, read through
   * {@code fromJson}; a {@link CrmValidationException} from {@code fromJson} is reported at this value.
   */
  default <U> Codec<U> map(Function<? super T, ? extends U> fromJson, Function<? super U, ? extends T> toJson) {
    Codec<T> json = this;
    return new Codec<>() {
      @Override
      public void write(U value, JsonGenerator out) throws IOException {
        json.write(toJson.apply(value), out);
      }

      @Override
      public U read(JsonParser in) throws IOException {
        T read = json.read(in);
        try {
          return fromJson.apply(read);
        } catch (CrmValidationException e) {
          throw ReadFailure.invalid(e);
        }
      }
    };
  }
}
