package io.crmkit.examples.csv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.json.CrmJsonException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cells of one row by canonical column, and how each kind of cell is read. Only the columns the
 * file has are present; a blank cell is a value left out.
 *
 * <p>Every reader refuses a bad cell with a {@link CrmValidationException} whose field is the
 * column, so a report says which cell was wrong: {@code created_at: instant (was '05/01/2026')}.
 */
final class Cells {
  /** The mapper JSON cells are read and written with. */
  static final ObjectMapper JSON = CrmJson.mapper();

  /** Separates the items of a list cell. */
  static final char LIST_SEPARATOR = ';';

  private static final char ESCAPE = '\\';
  private static final int MAX_SHOWN = 80;

  private final Map<String, String> values;

  Cells(Map<String, String> values) {
    this.values = new LinkedHashMap<>(values);
  }

  /** The cells as a map of column to text, in column order. */
  Map<String, String> asMap() {
    return Map.copyOf(values);
  }

  /** Whether the file has the column (its cell may still be blank). */
  boolean has(String column) {
    return values.containsKey(column);
  }

  /** The cell's text as written, unless absent or blank. */
  Optional<String> text(String column) {
    String value = values.get(column);
    return value == null || isBlank(value) ? Optional.empty() : Optional.of(value);
  }

  /** The cell's text, required. */
  String required(String column) {
    return text(column).orElseThrow(() -> RecordFormat.requiredCell(column));
  }

  /** The cell read by a function of the model, its refusal named after the column. */
  <T> Optional<T> value(String column, Function<String, T> read) {
    Optional<String> text = text(column);
    return text.isEmpty() ? Optional.empty() : Optional.of(as(column, text.get(), read));
  }

  /** The cell read by a function of the model, required. */
  <T> T requiredValue(String column, Function<String, T> read) {
    return as(column, required(column), read);
  }

  /** An ISO-8601 instant: {@code 2026-01-05T09:00:00Z} or with an offset, {@code +01:00}. */
  Optional<Instant> instant(String column) {
    return value(column, text -> {
      try {
        return Instant.parse(ColumnMapping.strip(text));
      } catch (DateTimeParseException e) {
        throw CrmValidationException.of(column, "instant", text,
            "an ISO-8601 date and time with offset is required, such as 2026-01-05T09:00:00Z");
      }
    });
  }

  /** An ISO-8601 date: {@code 2026-03-31}. */
  Optional<LocalDate> date(String column) {
    return value(column, text -> {
      try {
        return LocalDate.parse(ColumnMapping.strip(text));
      } catch (DateTimeParseException e) {
        throw CrmValidationException.of(column, "date", text, "an ISO-8601 date is required, such as 2026-03-31");
      }
    });
  }

  /** An ISO-8601 duration: {@code PT30M}. */
  Optional<Duration> duration(String column) {
    return value(column, text -> {
      try {
        return Duration.parse(ColumnMapping.strip(text));
      } catch (DateTimeParseException e) {
        throw CrmValidationException.of(column, "duration", text, "an ISO-8601 duration is required, such as PT30M");
      }
    });
  }

  /** A whole number. */
  OptionalInt integer(String column) {
    Optional<Integer> number = value(column, text -> {
      try {
        return Integer.valueOf(ColumnMapping.strip(text));
      } catch (NumberFormatException e) {
        throw CrmValidationException.of(column, "integer", text, "a whole number is required, such as 250");
      }
    });
    return number.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /** A decimal number with a point and no grouping: {@code 1250.50}. */
  Optional<BigDecimal> decimal(String column) {
    return value(column, text -> decimal(column, text));
  }

  /** An enum constant by name, case ignored and spaces read as {@code _}: {@code best case}. */
  <E extends Enum<E>> Optional<E> constant(String column, Class<E> type) {
    return value(column, text -> {
      String name = ColumnMapping.key(text).toUpperCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
      throw CrmValidationException.of(column, "oneOf", text, "one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ")));
    });
  }

  /** A list cell: items separated by {@code ;}, each read by a function of the model. */
  <T> List<T> list(String column, Function<String, T> read) {
    Optional<String> text = text(column);
    if (text.isEmpty()) {
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (String item : splitList(column, text.get())) {
      items.add(as(column, item, read));
    }
    return List.copyOf(items);
  }

  /** A JSON cell, read by crm-core's JSON module into a value of the model. */
  <T> Optional<T> json(String column, JavaType type) {
    Optional<String> text = text(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(text.get(), type));
    } catch (CrmJsonException e) {
      String rule = e.violation().map(CrmValidationException::rule).orElse("json");
      throw CrmValidationException.of(column, rule, text.get(), e.getOriginalMessage());
    } catch (JacksonException e) {
      throw CrmValidationException.of(column, "json", text.get(), "not JSON of the expected shape: "
          + firstLine(e.getOriginalMessage()));
    }
  }

  // ------------------------------------------------------------------------- writing helpers

  /** A list cell's text: items joined by {@code ;}, a {@code ;} or {@code \} inside escaped with {@code \}. */
  static String joinList(List<String> items) {
    StringBuilder text = new StringBuilder();
    for (String item : items) {
      if (text.length() > 0) {
        text.append(LIST_SEPARATOR).append(' ');
      }
      for (int i = 0; i < item.length(); i++) {
        char c = item.charAt(i);
        if (c == LIST_SEPARATOR || c == ESCAPE) {
          text.append(ESCAPE);
        }
        text.append(c);
      }
    }
    return text.toString();
  }

  /** A JSON cell's text, compact, in crm-core's JSON form. */
  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalStateException("crm-core's JSON module cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  // ------------------------------------------------------------------------------- internals

  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!ColumnMapping.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static BigDecimal decimal(String column, String text) {
    String clean = ColumnMapping.strip(text);
    // A number is at most a few dozen digits in a CRM; the cap keeps an exponent like 1E999999999 harmless.
    if (clean.length() > 100) {
      throw CrmValidationException.of(column, "decimal", text, "a decimal number of at most 100 characters");
    }
    try {
      return new BigDecimal(clean);
    } catch (NumberFormatException e) {
      throw CrmValidationException.of(column, "decimal", text,
          "a decimal number with a point and no grouping is required, such as 1250.50");
    }
  }

  private static List<String> splitList(String column, String text) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ESCAPE) {
        if (i + 1 == text.length()) {
          throw CrmValidationException.of(column, "list", text,
              "a \\ escapes the next character (\\; or \\\\) and cannot end the cell");
        }
        item.append(text.charAt(++i));
      } else if (c == LIST_SEPARATOR) {
        addItem(items, item);
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    addItem(items, item);
    return items;
  }

  private static void addItem(List<String> items, StringBuilder item) {
    String text = ColumnMapping.strip(item.toString());
    if (!text.isEmpty()) {
      items.add(text);
    }
  }

  /**
   * Reads one text with a function of the model; a refusal is given again with the column as its
   * field and the model's explanation as its detail.
   */
  private static <T> T as(String column, String text, Function<String, T> read) {
    try {
      return read.apply(text);
    } catch (CrmValidationException e) {
      if (e.field().equals(column)) {
        throw e;
      }
      throw CrmValidationException.of(column, e.rule(), text, detail(e));
    }
  }

  /** The explanation of a refusal: its message without the field, rule and value it starts with. */
  static String detail(CrmValidationException e) {
    String value = e.rejectedValue();
    String shown = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value;
    String prefix = e.field() + ": " + e.rule() + " (was '" + shown + "')";
    String message = String.valueOf(e.getMessage());
    if (message.startsWith(prefix + ": ")) {
      return message.substring(prefix.length() + 2);
    }
    return message.startsWith(prefix) ? "" : message;
  }

  private static String firstLine(String text) {
    String line = String.valueOf(text).lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
