package io.crmkit.examples.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** How the cells of events and facts files are read; each refuses a bad cell naming its column. */
final class CellReaders {
  /** Separates the items of a list cell. */
  static final String LIST_SEPARATOR = ";";

  private CellReaders() {}

  /** An ISO-8601 instant: {@code 2026-03-02T09:00:00Z}, or with an offset, {@code +01:00}. */
  static Function<String, Instant> instant(String column) {
    return text -> {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw CrmValidationException.of(column, "instant", text,
            "an ISO-8601 instant is required, such as 2026-03-02T09:00:00Z");
      }
    };
  }

  /** An ISO-8601 date: {@code 2026-03-31}. */
  static Function<String, LocalDate> date(String column) {
    return text -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw CrmValidationException.of(column, "date", text, "an ISO-8601 date is required, such as 2026-03-31");
      }
    };
  }

  /** An instant, or a date read as its start in UTC. */
  static Function<String, Instant> instantOrDate(String column) {
    return text -> {
      try {
        return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw CrmValidationException.of(column, "instant", text,
            "an ISO-8601 instant or date is required, such as 2026-03-20T17:00:00Z or 2026-03-20");
      }
    };
  }

  /** A whole number from {@code min} to {@code max}. */
  static Function<String, Integer> integer(String column, int min, int max) {
    return text -> {
      int value;
      try {
        value = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw CrmValidationException.of(column, "integer", text, "a whole number is required, such as 42");
      }
      if (value < min || value > max) {
        throw CrmValidationException.of(column, "range", text,
            max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max);
      }
      return value;
    };
  }

  /** A flag: {@code true}, {@code yes} or {@code false}, {@code no}, case ignored. */
  static Function<String, Boolean> flag(String column) {
    return text -> switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw CrmValidationException.of(column, "flag", text, "true or false (or yes or no) is required");
    };
  }

  /** A text, white space folded. */
  static Function<String, String> text(String column) {
    return text -> CrmValidationException.requiredText(column, text).replaceAll("\\s+", " ");
  }

  /** One of an enum's constants by name, case ignored. */
  static <E extends Enum<E>> Function<String, E> constant(String column, Class<E> type) {
    return text -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(text)) {
          return constant;
        }
      }
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name());
      }
      throw CrmValidationException.of(column, "invalid", text, "one of " + String.join(", ", names) + " is required");
    };
  }

  /** Items separated by {@value #LIST_SEPARATOR}, each stripped and read by {@code item}; blank items left out. */
  static <T> Function<String, List<T>> list(Function<String, T> item) {
    return text -> {
      List<T> items = new ArrayList<>();
      for (String part : text.split(LIST_SEPARATOR, -1)) {
        if (!part.isBlank()) {
          items.add(item.apply(part.strip()));
        }
      }
      return List.copyOf(items);
    };
  }
}
