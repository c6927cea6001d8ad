package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Codecs of single JSON values: text, flags, whole numbers, decimals as strings, ISO-8601 times,
 * currencies and enums by name. None coerces: a number is not read as text, nor text as a number
 * (decimals excepted, which are written as strings and read from strings or exact JSON numbers).
 */
final class Scalars {
  /**
   * The most digits a decimal read has before, and the most it has after, the decimal point. Far
   * beyond any value of the model (money has 24 and 18), it keeps text such as {@code 1E+999999999}
   * from becoming a number of a billion digits.
   */
  static final int MAX_DECIMAL_DIGITS = 100;

  private Scalars() {}

  /** A JSON string. */
  static final Codec<String> TEXT = new Codec<>() {
    @Override
    public void write(String value, JsonGenerator out) throws IOException {
      out.writeString(value);
    }

    @Override
    public String read(JsonParser in) throws IOException {
      expect(in, JsonToken.VALUE_STRING, "a string");
      return in.getText();
    }
  };

  /** {@code true} or {@code false}. */
  static final Codec<Boolean> FLAG = new Codec<>() {
    @Override
    public void write(Boolean value, JsonGenerator out) throws IOException {
      out.writeBoolean(value);
    }

    @Override
    public Boolean read(JsonParser in) throws IOException {
      JsonToken token = in.currentToken();
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw mismatch("true or false", token);
      }
      return token == JsonToken.VALUE_TRUE;
    }
  };

  /** A whole JSON number from -2^31 to 2^31 - 1. */
  static final Codec<Integer> INT = new Codec<>() {
    @Override
    public void write(Integer value, JsonGenerator out) throws IOException {
      out.writeNumber(value);
    }

    @Override
    public Integer read(JsonParser in) throws IOException {
      expect(in, JsonToken.VALUE_NUMBER_INT, "a whole number");
      if (in.getNumberType() != JsonParser.NumberType.INT) {
        throw ReadFailure.of("out of range: " + ReadFailure.shown(in.getText()) + " is not a 32-bit whole number");
      }
      return in.getIntValue();
    }
  };

  /** A whole JSON number from -2^63 to 2^63 - 1. */
  static final Codec<Long> LONG = new Codec<>() {
    @Override
    public void write(Long value, JsonGenerator out) throws IOException {
      out.writeNumber(value);
    }

    @Override
    public Long read(JsonParser in) throws IOException {
      expect(in, JsonToken.VALUE_NUMBER_INT, "a whole number");
      JsonParser.NumberType type = in.getNumberType();
      if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
        throw ReadFailure.of("out of range: " + ReadFailure.shown(in.getText()) + " is not a 64-bit whole number");
      }
      return in.getLongValue();
    }
  };

  /**
   * A decimal number, written as a JSON string in plain notation ({@code "12.50"}) so that no
   * reader rounds it through a binary floating-point number; read from such a string or from a JSON
   * number, exactly.
   */
  static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public void write(BigDecimal value, JsonGenerator out) throws IOException {
      out.writeString(value.toPlainString());
    }

    @Override
    public BigDecimal read(JsonParser in) throws IOException {
      JsonToken token = in.currentToken();
      BigDecimal number;
      if (token == JsonToken.VALUE_STRING) {
        try {
          number = new BigDecimal(in.getText());
        } catch (NumberFormatException e) {
          throw ReadFailure.of("not a decimal number such as \"12.50\": " + ReadFailure.shown(in.getText()));
        }
      } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        number = in.getDecimalValue();
      } else {
        throw mismatch("a decimal number as a string such as \"12.50\"", token);
      }
      BigDecimal stripped = number.stripTrailingZeros();
      if ((long) stripped.precision() - stripped.scale() > MAX_DECIMAL_DIGITS
          || stripped.scale() > MAX_DECIMAL_DIGITS) {
        throw ReadFailure.of("out of range: at most " + MAX_DECIMAL_DIGITS
            + " digits before and after the decimal point");
      }
      return number;
    }
  };

  /** An instant in ISO-8601, UTC: {@code "2026-11-22T10:15:30Z"}. */
  static final Codec<Instant> INSTANT = parsed("an ISO-8601 instant such as \"2026-11-22T10:15:30Z\"",
      Instant::parse, Scalars::instantText);

  /** The instant written last and its text, shared by every thread; null before the first. */
  private static volatile @Nullable WrittenInstant lastInstant;

  /**
   * The instant's text as {@link Instant#toString()} writes it. The last one is kept: the records
   * and events a batch writes mostly share their times, and formatting an instant costs more than
   * the rest of writing it.
   */
  private static String instantText(Instant instant) {
    WrittenInstant last = lastInstant;
    if (last != null && last.instant().equals(instant)) {
      return last.text();
    }
    String text = instant.toString();
    lastInstant = new WrittenInstant(instant, text);
    return text;
  }

  /** An instant and its text. */
  private record WrittenInstant(Instant instant, String text) {}

  /** A date in ISO-8601: {@code "2026-11-22"}. */
  static final Codec<LocalDate> DATE = parsed("an ISO-8601 date such as \"2026-11-22\"",
      LocalDate::parse, LocalDate::toString);

  /** A duration in ISO-8601: {@code "PT30M"}. */
  static final Codec<Duration> DURATION = parsed("an ISO-8601 duration such as \"PT30M\"",
      Duration::parse, Duration::toString);

  /** An ISO 4217 currency code: {@code "EUR"}. */
  static final Codec<Currency> CURRENCY = TEXT.map(Money::currency, Currency::getCurrencyCode);

  /** An enum constant by its name, exactly: {@code "ORGANISATION"}. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    Map<String, E> byName = Arrays.stream(type.getEnumConstants())
        .collect(Collectors.toUnmodifiableMap(Enum::name, e -> e));
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return new Codec<>() {
      @Override
      public void write(E value, JsonGenerator out) throws IOException {
        out.writeString(value.name());
      }

      @Override
      public E read(JsonParser in) throws IOException {
        expect(in, JsonToken.VALUE_STRING, "one of " + names);
        E value = byName.get(in.getText());
        if (value == null) {
          throw ReadFailure.of("unknown value " + ReadFailure.shown(in.getText()) + "; expected one of " + names);
        }
        return value;
      }
    };
  }

  /** Text read by a parser of the JDK that throws a {@link DateTimeException} or {@link ArithmeticException}. */
  private static <T> Codec<T> parsed(String what, Function<String, T> parse, Function<T, String> format) {
    return new Codec<>() {
      @Override
      public void write(T value, JsonGenerator out) throws IOException {
        out.writeString(format.apply(value));
      }

      @Override
      public T read(JsonParser in) throws IOException {
        expect(in, JsonToken.VALUE_STRING, what);
        try {
          return parse.apply(in.getText());
        } catch (DateTimeException | ArithmeticException e) {
          throw ReadFailure.of("not " + what + ": " + ReadFailure.shown(in.getText()));
        } catch (CrmValidationException e) {
          throw ReadFailure.invalid(e);
        }
      }
    };
  }

  /**
   * Fails unless the parser is on {@code token}.
   *
   * @param what what was expected, for the message: {@code "a string"}
   */
  static void expect(JsonParser in, JsonToken token, String what) {
    if (in.currentToken() != token) {
      throw mismatch(what, in.currentToken());
    }
  }

  /** The failure for a token of the wrong kind. */
  static ReadFailure mismatch(String expected, @Nullable JsonToken found) {
    return ReadFailure.of("expected " + expected + ", found " + describe(found));
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}
