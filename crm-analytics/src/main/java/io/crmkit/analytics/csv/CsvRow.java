package io.crmkit.analytics.csv;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of a CSV file, read by column name (case and surrounding spaces ignored) into typed
 * values. A blank cell is a missing value.
 *
 * <p>Every reader refuses a bad cell with a {@link CrmValidationException} whose field is the
 * column's name, so that {@link CsvLoader} can report it with the row's line.
 */
public final class CsvRow {
  private final Map<String, Integer> columns;
  private final List<String> cells;
  private final int line;

  CsvRow(Map<String, Integer> columns, List<String> cells, int line) {
    this.columns = columns;
    this.cells = cells;
    this.line = line;
  }

  /** The line the row starts on, from 1 (the header is line 1 in a file without blank lines). */
  public int line() {
    return line;
  }

  /** Whether the file has the column. */
  public boolean has(String column) {
    return columns.containsKey(key(column));
  }

  /**
   * The cell's text, stripped.
   *
   * @throws CrmValidationException when the cell is blank (rule {@code required})
   */
  public String text(String column) {
    return optionalText(column)
        .orElseThrow(() -> CrmValidationException.of(column, "required", "", "line " + line + " has no " + column));
  }

  /** The cell's text, stripped; empty when it is blank or the file has no such column. */
  public Optional<String> optionalText(String column) {
    Integer index = columns.get(key(column));
    if (index == null) {
      return Optional.empty();
    }
    String cell = cells.get(index).strip();
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  /**
   * An ISO date such as {@code 2026-03-31}.
   *
   * @throws CrmValidationException when blank ({@code required}) or not a date ({@code date})
   */
  public LocalDate date(String column) {
    return parse(column, text(column), LocalDate::parse, "date", "an ISO date such as 2026-03-31");
  }

  /** An ISO date, or empty when the cell is blank; refused as {@link #date(String)} says. */
  public Optional<LocalDate> optionalDate(String column) {
    return optionalText(column).map(t -> parse(column, t, LocalDate::parse, "date", "an ISO date such as 2026-03-31"));
  }

  /**
   * An ISO-8601 instant such as {@code 2026-03-31T09:15:00Z}.
   *
   * @throws CrmValidationException when blank ({@code required}) or not an instant ({@code instant})
   */
  public Instant instant(String column) {
    return parse(column, text(column), Instant::parse, "instant", "an ISO-8601 instant such as 2026-03-31T09:15:00Z");
  }

  /** An instant, or empty when the cell is blank; refused as {@link #instant(String)} says. */
  public Optional<Instant> optionalInstant(String column) {
    return optionalText(column)
        .map(t -> parse(column, t, Instant::parse, "instant", "an ISO-8601 instant such as 2026-03-31T09:15:00Z"));
  }

  /**
   * A whole number.
   *
   * @throws CrmValidationException when blank ({@code required}) or not a whole number ({@code integer})
   */
  public int integer(String column) {
    return parse(column, text(column), Integer::parseInt, "integer", "a whole number");
  }

  /** A whole number, or empty when the cell is blank; refused as {@link #integer(String)} says. */
  public Optional<Integer> optionalInteger(String column) {
    return optionalText(column).map(t -> parse(column, t, Integer::parseInt, "integer", "a whole number"));
  }

  /**
   * A decimal number such as {@code 1250.00}.
   *
   * @throws CrmValidationException when blank ({@code required}) or not a number ({@code number})
   */
  public BigDecimal decimal(String column) {
    return parse(column, text(column), BigDecimal::new, "number", "a decimal number such as 1250.00");
  }

  /**
   * An amount and its ISO 4217 currency from two columns.
   *
   * @throws CrmValidationException naming the amount column when it is blank, not a number or out of
   *     Money's range, or the currency column when it is blank or not a currency
   */
  public Money money(String amountColumn, String currencyColumn) {
    BigDecimal amount = decimal(amountColumn);
    String code = text(currencyColumn);
    try {
      return Money.of(amount, Money.currency(code));
    } catch (CrmValidationException e) {
      String field = e.field().equals("money.currency") ? currencyColumn : amountColumn;
      throw CrmValidationException.of(field, e.rule(), e.rejectedValue(), e.getMessage());
    }
  }

  /**
   * A yes/no cell: {@code true}, {@code yes}, {@code y} or {@code 1}; {@code false}, {@code no},
   * {@code n} or {@code 0}, in any case.
   *
   * @throws CrmValidationException when blank ({@code required}) or none of these ({@code boolean})
   */
  public boolean flag(String column) {
    return parseFlag(column, text(column));
  }

  /** A yes/no cell, or {@code otherwise} when blank or absent; refused as {@link #flag(String)} says. */
  public boolean flag(String column, boolean otherwise) {
    return optionalText(column).map(t -> parseFlag(column, t)).orElse(otherwise);
  }

  /**
   * A value of an enum, named in any case with spaces or hyphens for underscores
   * ({@code feature request} is {@code FEATURE_REQUEST}).
   *
   * @throws CrmValidationException when blank ({@code required}) or no such value ({@code one-of})
   */
  public <E extends Enum<E>> E oneOf(String column, Class<E> type) {
    String raw = text(column);
    String name = raw.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    throw CrmValidationException.of(column, "one-of", raw, "one of " + List.of(type.getEnumConstants()));
  }

  private boolean parseFlag(String column, String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> true;
      case "false", "no", "n", "0" -> false;
      default -> throw CrmValidationException.of(column, "boolean", text, "true or false, yes or no, 1 or 0");
    };
  }

  private static <T> T parse(String column, String text, Function<String, T> parser, String rule, String expected) {
    try {
      return parser.apply(text);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw CrmValidationException.of(column, rule, text, "expected " + expected);
    }
  }

  static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }
}
