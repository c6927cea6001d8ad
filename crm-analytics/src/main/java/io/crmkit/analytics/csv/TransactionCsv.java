package io.crmkit.analytics.csv;

import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads purchases from a CSV file into {@link Transactions}: which columns hold the customer, the
 * day, the amount and, optionally, the order id and product; how dates and amounts are written; and
 * the delimiter. Immutable; each {@code with} method returns a changed copy.
 *
 * <p>The file is UTF-8 with a header naming the columns (other columns are ignored) and is read by
 * RFC 4180, strictly (see the package). A row that is malformed, has another number of fields than
 * the header, a blank customer id, a date not in the format, or an amount that is not a plain number
 * is not loaded: it is reported with its line number and the reading goes on. Dates are parsed
 * strictly (no 31 February); a format with a time of day keeps the day as written. Amounts are an
 * optional sign, digits and an optional decimal separator with digits ({@code -12.50}); no thousands
 * separators, exponents or currency signs. A blank order id or product is absent.
 *
 * <pre>{@code
 * TransactionCsvResult loaded = TransactionCsv.columns("customer", "ordered_on", "total")
 *     .withOrderIdColumn("order")
 *     .withDatePattern("dd.MM.yyyy")
 *     .withDelimiter(';')
 *     .withDecimalComma()
 *     .read(Path.of("orders.csv"));
 * }</pre>
 */
public final class TransactionCsv {
  /** How many problems a result lists unless told otherwise. */
  public static final int DEFAULT_PROBLEM_LIMIT = 100;

  private final String customerColumn;
  private final String dateColumn;
  private final @Nullable String amountColumn;
  private final @Nullable String orderIdColumn;
  private final @Nullable String productColumn;
  private final DateTimeFormatter dateFormat;
  private final String dateFormatName;
  private final char delimiter;
  private final char decimalSeparator;
  private final int problemLimit;

  private TransactionCsv(String customerColumn, String dateColumn, @Nullable String amountColumn,
      @Nullable String orderIdColumn, @Nullable String productColumn, DateTimeFormatter dateFormat,
      String dateFormatName, char delimiter, char decimalSeparator, int problemLimit) {
    this.customerColumn = customerColumn;
    this.dateColumn = dateColumn;
    this.amountColumn = amountColumn;
    this.orderIdColumn = orderIdColumn;
    this.productColumn = productColumn;
    this.dateFormat = dateFormat;
    this.dateFormatName = dateFormatName;
    this.delimiter = delimiter;
    this.decimalSeparator = decimalSeparator;
    this.problemLimit = problemLimit;
  }

  /**
   * A reader of these columns, with ISO dates ({@code 1997-01-01}), commas between fields and a
   * decimal point.
   *
   * @throws CrmValidationException when a column name is blank
   */
  public static TransactionCsv columns(String customerColumn, String dateColumn, String amountColumn) {
    return new TransactionCsv(
        CrmValidationException.requiredText("csv.customerColumn", customerColumn),
        CrmValidationException.requiredText("csv.dateColumn", dateColumn),
        CrmValidationException.requiredText("csv.amountColumn", amountColumn),
        null, null, DateTimeFormatter.ISO_LOCAL_DATE, "yyyy-MM-dd", ',', '.', DEFAULT_PROBLEM_LIMIT);
  }

  /**
   * A reader of purchases without amounts, for analyses that count customers and purchases only
   * (cohort retention): every row's amount is 0.
   *
   * @throws CrmValidationException when a column name is blank
   */
  public static TransactionCsv columns(String customerColumn, String dateColumn) {
    return new TransactionCsv(
        CrmValidationException.requiredText("csv.customerColumn", customerColumn),
        CrmValidationException.requiredText("csv.dateColumn", dateColumn),
        null, null, null, DateTimeFormatter.ISO_LOCAL_DATE, "yyyy-MM-dd", ',', '.', DEFAULT_PROBLEM_LIMIT);
  }

  /** The same reader taking each row's order id from a column. */
  public TransactionCsv withOrderIdColumn(String column) {
    return new TransactionCsv(customerColumn, dateColumn, amountColumn,
        CrmValidationException.requiredText("csv.orderIdColumn", column), productColumn, dateFormat, dateFormatName,
        delimiter, decimalSeparator, problemLimit);
  }

  /** The same reader taking each row's product from a column. */
  public TransactionCsv withProductColumn(String column) {
    return new TransactionCsv(customerColumn, dateColumn, amountColumn, orderIdColumn,
        CrmValidationException.requiredText("csv.productColumn", column), dateFormat, dateFormatName, delimiter,
        decimalSeparator, problemLimit);
  }

  /**
   * The same reader with dates in a {@link DateTimeFormatter} pattern, such as {@code yyyyMMdd},
   * {@code dd/MM/yyyy} or {@code yyyy-MM-dd HH:mm:ss}, read strictly in the root locale.
   *
   * @throws CrmValidationException when the pattern is not one
   */
  public TransactionCsv withDatePattern(String pattern) {
    String text = CrmValidationException.requiredText("csv.dateFormat", pattern);
    DateTimeFormatter format;
    try {
      format = new DateTimeFormatterBuilder()
          .appendPattern(text)
          .parseDefaulting(ChronoField.ERA, 1)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw CrmValidationException.of("csv.dateFormat", "pattern", text, e.getMessage());
    }
    return new TransactionCsv(customerColumn, dateColumn, amountColumn, orderIdColumn, productColumn, format, text,
        delimiter, decimalSeparator, problemLimit);
  }

  /**
   * The same reader with dates in a formatter's format.
   *
   * @param name how the format is named in problems ({@code "dd.MM.yyyy"})
   */
  public TransactionCsv withDateFormat(DateTimeFormatter format, String name) {
    return new TransactionCsv(customerColumn, dateColumn, amountColumn, orderIdColumn, productColumn,
        CrmValidationException.required("csv.dateFormat", format),
        CrmValidationException.requiredText("csv.dateFormatName", name), delimiter, decimalSeparator, problemLimit);
  }

  /**
   * The same reader with another character between fields, such as {@code ;} or a tab.
   *
   * @throws CrmValidationException when it is a quote or a line break
   */
  public TransactionCsv withDelimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw CrmValidationException.of("csv.delimiter", "invalid", delimiter,
          "a quote or line break cannot separate fields");
    }
    return new TransactionCsv(customerColumn, dateColumn, amountColumn, orderIdColumn, productColumn, dateFormat,
        dateFormatName, delimiter, decimalSeparator, problemLimit);
  }

  /**
   * The same reader with a decimal comma in amounts ({@code 12,50}); the fields must then be
   * separated by something else.
   *
   * @throws CrmValidationException when the delimiter is a comma
   */
  public TransactionCsv withDecimalComma() {
    if (delimiter == ',') {
      throw CrmValidationException.of("csv.decimalSeparator", "notTheDelimiter", ',',
          "with a decimal comma, separate fields with ; or a tab (withDelimiter)");
    }
    return new TransactionCsv(customerColumn, dateColumn, amountColumn, orderIdColumn, productColumn, dateFormat,
        dateFormatName, delimiter, ',', problemLimit);
  }

  /**
   * The same reader listing at most {@code limit} problems (all bad rows are still counted).
   *
   * @throws CrmValidationException when the limit is negative
   */
  public TransactionCsv withProblemLimit(int limit) {
    if (limit < 0) {
      throw CrmValidationException.of("csv.problemLimit", "notNegative", limit, "list 0 problems or more");
    }
    return new TransactionCsv(customerColumn, dateColumn, amountColumn, orderIdColumn, productColumn, dateFormat,
        dateFormatName, delimiter, decimalSeparator, limit);
  }

  /**
   * Reads a file (UTF-8).
   *
   * @throws CrmValidationException as {@link #read(Reader)} does, and with field {@code csv.file}
   *     (rule {@code missing}) when there is no such file
   * @throws UncheckedIOException when the file cannot be read, or is not UTF-8
   */
  public TransactionCsvResult read(Path file) {
    CrmValidationException.required("csv.file", file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of("csv.file", "missing", file, "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads CSV text. */
  public TransactionCsvResult read(String csv) {
    try {
      return read(new StringReader(CrmValidationException.required("csv", csv)));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * Reads CSV text from a reader, which is not closed.
   *
   * @throws CrmValidationException when the text has no header ({@code csv}, rule {@code header}), the
   *     header is malformed or names a column twice, or lacks a column this reader was told to read
   *     ({@code csv.customerColumn} ..., rule {@code unknownColumn})
   * @throws IOException when the reader fails
   */
  public TransactionCsvResult read(Reader in) throws IOException {
    CrmValidationException.required("csv", in);
    Rows rows = new Rows();
    try {
      CsvParser.read(in, delimiter, rows::record);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (rows.columns == null) {
      throw CrmValidationException.of("csv", "header", "", "the file is empty: its first line must name the columns");
    }
    return new TransactionCsvResult(rows.table.build(), rows.rowsRead, rows.badRows, rows.problems);
  }

  /** The rows as the parser hands them over: the header first. */
  private final class Rows {
    private final Transactions.Builder table = Transactions.builder();
    private final List<RejectedRow> problems = new ArrayList<>();
    private int rowsRead;
    private int badRows;
    private @Nullable Columns columns;

    void record(List<String> fields, int line, Optional<CsvParser.Malformed> malformed) {
      Columns header = columns;
      if (header == null) {
        if (malformed.isPresent()) {
          throw CrmValidationException.of("csv", "header", String.join(",", fields),
              "line " + line + ": " + describe(malformed.get()));
        }
        columns = new Columns(fields.stream().map(String::strip).toList());
        return;
      }
      rowsRead++;
      Optional<RejectedRow> problem = malformed.isPresent()
          ? Optional.of(new RejectedRow(line, "csv", malformed.get().rule(), String.join(",", fields),
              describe(malformed.get())))
          : load(fields, line, header, table);
      if (problem.isPresent()) {
        badRows++;
        if (problems.size() < problemLimit) {
          problems.add(problem.get());
        }
      }
    }
  }

  /** Where the columns this reader reads are in the header. */
  private final class Columns {
    private final int count;
    private final int customer;
    private final int day;
    private final int amount;
    private final int orderId;
    private final int product;

    Columns(List<String> names) {
      count = names.size();
      customer = column("csv.customerColumn", customerColumn, names);
      day = column("csv.dateColumn", dateColumn, names);
      amount = amountColumn == null ? -1 : column("csv.amountColumn", amountColumn, names);
      orderId = orderIdColumn == null ? -1 : column("csv.orderIdColumn", orderIdColumn, names);
      product = productColumn == null ? -1 : column("csv.productColumn", productColumn, names);
    }
  }

  private static String describe(CsvParser.Malformed malformed) {
    return "column " + malformed.column() + ": " + malformed.detail();
  }

  /** Adds a row to the table, or says what is wrong with it. */
  private Optional<RejectedRow> load(List<String> fields, int line, Columns columns,
      Transactions.Builder table) {
    if (fields.size() != columns.count) {
      return Optional.of(new RejectedRow(line, "csv", "field-count", fields.size() + " fields", "the row has "
          + fields.size() + (fields.size() == 1 ? " field" : " fields") + " but the header names " + columns.count
          + " columns"));
    }
    String id = fields.get(columns.customer).strip();
    if (id.isEmpty()) {
      return Optional.of(cell(line, customerColumn, "required", id, "no customer id"));
    }
    String dayText = fields.get(columns.day).strip();
    LocalDate date;
    try {
      date = LocalDate.from(dateFormat.parse(dayText));
    } catch (DateTimeException e) {
      return Optional.of(cell(line, dateColumn, "date", dayText,
          "'" + dayText + "' is not a date in the format " + dateFormatName));
    }
    double value = 0;
    if (columns.amount >= 0 && amountColumn != null) {
      String amountText = fields.get(columns.amount).strip();
      if (!isPlainNumber(amountText)) {
        return Optional.of(cell(line, amountColumn, "number", amountText, "'" + amountText
            + "' is not an amount: write digits with an optional sign and decimal " + (decimalSeparator == '.'
                ? "point" : "comma") + ", such as -12" + decimalSeparator + "50"));
      }
      value = Double.parseDouble(decimalSeparator == '.' ? amountText : amountText.replace(',', '.'));
    }
    Optional<String> order = optional(fields, columns.orderId);
    Optional<String> productName = optional(fields, columns.product);
    try {
      table.add(id, date, value, order, productName);
    } catch (CrmValidationException e) {
      return Optional.of(RejectedRow.of(line, e));
    }
    return Optional.empty();
  }

  /** A row refused for one cell: the message names the column first. */
  private static RejectedRow cell(int line, String column, String rule, String value, String problem) {
    return new RejectedRow(line, column, rule, value, column + ": " + problem);
  }

  private static Optional<String> optional(List<String> fields, int column) {
    if (column < 0) {
      return Optional.empty();
    }
    String value = fields.get(column).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Optional sign, digits, optional separator and digits; at least one digit. */
  private boolean isPlainNumber(String text) {
    int i = 0;
    if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    boolean separator = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == decimalSeparator && !separator) {
        separator = true;
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  private static int column(String field, String name, List<String> header) {
    int at = header.indexOf(name);
    if (at < 0) {
      throw CrmValidationException.of(field, "unknownColumn", name, "the header has no such column: " + header);
    }
    if (header.lastIndexOf(name) != at) {
      throw CrmValidationException.of(field, "ambiguousColumn", name,
          "the header names it twice: columns " + (at + 1) + " and " + (header.lastIndexOf(name) + 1));
    }
    return at;
  }

  @Override
  public String toString() {
    return "TransactionCsv[customer " + customerColumn + ", date " + dateColumn + " (" + dateFormatName + ")"
        + (amountColumn == null ? ", no amount" : ", amount " + amountColumn) + (orderIdColumn == null ? "" : ", order " + orderIdColumn)
        + (productColumn == null ? "" : ", product " + productColumn) + ", delimiter '" + delimiter + "']";
  }
}
