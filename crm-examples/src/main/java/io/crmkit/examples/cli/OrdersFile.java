package io.crmkit.examples.cli;

import io.crmkit.analytics.csv.RejectedRow;
import io.crmkit.analytics.csv.TransactionCsv;
import io.crmkit.analytics.csv.TransactionCsvResult;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that name a CSV file of orders and its columns, shared by {@code crm rfm} and {@code
 * crm cohorts} as a picocli mixin, and the loading of the file with {@link TransactionCsv}: bad rows
 * are printed with their line numbers, and stop the command unless {@code --skip-bad-rows} is given.
 */
final class OrdersFile {
  /** The options that stand for refused fields of the loader. */
  private static final Map<String, String> OPTIONS = Map.of(
      "csv.file", "--orders",
      "csv.customerColumn", "--customer",
      "csv.dateColumn", "--date",
      "csv.amountColumn", "--amount",
      "csv.orderIdColumn", "--order-id",
      "csv.dateFormat", "--date-format",
      "csv.decimalSeparator", "--decimal-comma",
      "csv.delimiter", "--delimiter");

  /** The file. */
  @Option(names = "--orders", required = true, paramLabel = "FILE",
      description = "The CSV file of orders (UTF-8, RFC 4180), with a header; one row per order or order line.")
  Path file = Path.of("");

  /** The customer column. */
  @Option(names = "--customer", required = true, paramLabel = "COLUMN",
      description = "The column of the customer id.")
  String customer = "";

  /** The date column. */
  @Option(names = "--date", required = true, paramLabel = "COLUMN",
      description = "The column of the order's date.")
  String date = "";

  /** The order id column. */
  @Option(names = "--order-id", paramLabel = "COLUMN",
      description = "The column of the order id: lines of one order count as one order (default: each row is"
          + " an order).")
  @Nullable String orderId;

  /** The date format. */
  @Option(names = "--date-format", paramLabel = "PATTERN", defaultValue = "yyyy-MM-dd",
      description = "How dates are written, as a java.time pattern (default: ${DEFAULT-VALUE}); for example"
          + " yyyyMMdd, dd/MM/yyyy or \"yyyy-MM-dd HH:mm:ss\".")
  String dateFormat = "yyyy-MM-dd";

  /** The delimiter. */
  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", converter = DelimiterName.class,
      description = "The character between fields: , (default), ; or tab.")
  char delimiter = ',';

  /** Decimal commas. */
  @Option(names = "--decimal-comma",
      description = "Amounts are written with a decimal comma (12,50); needs another --delimiter.")
  boolean decimalComma;

  /** Whether bad rows are left out instead of stopping the command. */
  @Option(names = "--skip-bad-rows",
      description = "Leave bad rows out (they are still listed) instead of stopping.")
  boolean skipBadRows;

  /** Makes the options; picocli fills them in. */
  OrdersFile() {}

  /**
   * Loads the file; prints its bad rows.
   *
   * @param amount the amount column, or null to read no amounts
   * @return the transactions, or empty when bad rows stop the command (they are printed on {@code err})
   * @throws CrmValidationException naming the option at fault when the file is missing or its header
   *     lacks a column (exit code 2)
   */
  Optional<Transactions> load(@Nullable String amount, PrintWriter err) {
    TransactionCsvResult loaded;
    try {
      loaded = reader(amount).read(file);
    } catch (CrmValidationException e) {
      throw asOptionError(e);
    } catch (UncheckedIOException e) {
      throw CrmValidationException.of("--orders", "unreadable", file, "cannot read the file: " + e.getCause().getMessage());
    }
    if (loaded.isClean()) {
      return Optional.of(loaded.transactions());
    }
    int bad = loaded.badRows();
    err.println((skipBadRows ? "warning: left out " : "error: nothing computed: ") + bad + " bad "
        + (bad == 1 ? "row" : "rows") + " of " + loaded.rowsRead() + " in " + file
        + (skipBadRows ? "" : " (--skip-bad-rows leaves them out)"));
    for (RejectedRow problem : loaded.problems()) {
      err.println("  " + file + " " + problem);
    }
    if (loaded.problems().size() < bad) {
      err.println("  ... and " + (bad - loaded.problems().size()) + " more");
    }
    err.flush();
    return skipBadRows ? Optional.of(loaded.transactions()) : Optional.empty();
  }

  private TransactionCsv reader(@Nullable String amount) {
    TransactionCsv csv = amount == null ? TransactionCsv.columns(customer, date) : TransactionCsv.columns(customer, date, amount);
    csv = csv.withDatePattern(dateFormat).withDelimiter(delimiter);
    if (decimalComma) {
      csv = csv.withDecimalComma();
    }
    return orderId == null ? csv : csv.withOrderIdColumn(orderId);
  }

  /** The loader's refusal, naming the command-line option instead of the loader's field. */
  private static CrmValidationException asOptionError(CrmValidationException e) {
    String option = OPTIONS.get(e.field());
    if (option == null) {
      return e;
    }
    String message = e.getMessage();
    int detail = message.indexOf("'): ");
    return CrmValidationException.of(option, e.rule(), e.rejectedValue(), detail < 0 ? "" : message.substring(detail + 4));
  }
}
