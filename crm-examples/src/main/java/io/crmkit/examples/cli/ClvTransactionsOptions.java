package io.crmkit.examples.cli;

import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.csv.TransactionCsv;
import io.crmkit.analytics.csv.TransactionCsvResult;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options {@code crm clv fit} and {@code crm clv predict} share: the transactions file, its
 * columns, the calibration end, the unit and the model; and the reading of the file, every bad row
 * reported with its line.
 */
final class ClvTransactionsOptions {
  /** The loader's column fields and the options that name those columns. */
  private static final Map<String, String> COLUMN_OPTIONS = Map.of(
      "csv.customerColumn", "--customer",
      "csv.dateColumn", "--date",
      "csv.amountColumn", "--amount");

  /** The most problems printed; the rest are counted. */
  static final int MAX_PROBLEMS_SHOWN = 20;

  /** The transactions. */
  @Option(names = "--transactions", required = true, paramLabel = "FILE",
      description = "The CSV file of transactions (UTF-8), with a header: one row per purchase.")
  Path transactions = Path.of("");

  /** The customer column. */
  @Option(names = "--customer", required = true, paramLabel = "COLUMN",
      description = "The column of the customer's id.")
  String customer = "";

  /** The date column. */
  @Option(names = "--date", required = true, paramLabel = "COLUMN",
      description = "The column of the purchase date, yyyy-mm-dd. Purchases on the same day count as one.")
  String date = "";

  /** The amount column. */
  @Option(names = "--amount", required = true, paramLabel = "COLUMN",
      description = "The column of the amount, a number (a refund may be negative).")
  String amount = "";

  /** The calibration end. */
  @Option(names = "--calibration-end", required = true, paramLabel = "DATE",
      description = "The last day of the calibration period (yyyy-mm-dd, inclusive): the models learn from the"
          + " purchases up to it, and customers whose first purchase is later are left out.")
  LocalDate calibrationEnd = LocalDate.EPOCH;

  /** The time unit. */
  @Option(names = "--unit", required = true, paramLabel = "UNIT", converter = ClvUnitName.class,
      completionCandidates = ClvUnitName.class,
      description = "The unit of time: ${COMPLETION-CANDIDATES}. Recency, age, horizon and discount rate are all"
          + " in it.")
  ModelTimeUnit unit = ModelTimeUnit.WEEK;

  /** The model. */
  @Option(names = "--model", required = true, paramLabel = "MODEL", converter = ClvModelKind.Name.class,
      completionCandidates = ClvModelKind.Name.class,
      description = "The model: ${COMPLETION-CANDIDATES} (BG/NBD, Pareto/NBD, MBG/NBD, or the Gamma-Gamma spend"
          + " model).")
  ClvModelKind model = ClvModelKind.BGNBD;

  /** The delimiter. */
  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", converter = DelimiterName.class,
      description = "The character between fields: , (default), ; or tab.")
  char delimiter = ',';

  /** Makes the options; picocli fills them in. */
  ClvTransactionsOptions() {}

  /**
   * Reads the transactions with {@link TransactionCsv}, as {@code crm rfm} and {@code crm cohorts}
   * do; prints every problem with its line on {@code err} and gives nothing when there is one.
   *
   * @throws CrmValidationException when the file is missing or unreadable (exit code 2)
   * @throws ParameterException when a column option names a column the file lacks or names twice
   *     (exit code 2)
   */
  Optional<Transactions> read(CommandSpec spec, PrintWriter err) {
    TransactionCsvResult loaded = load(spec);
    List<String> problems = loaded.problems().stream().map(problem -> transactions + " " + problem).toList();
    int count = loaded.badRows();
    if (count == 0 && loaded.transactions().size() == 0) {
      problems = List.of(transactions + " line 2: the file has no transactions");
      count = 1;
    }
    if (count > 0) {
      err.println("error: nothing fitted: " + count + (count == 1 ? " problem" : " problems") + " in " + transactions);
      problems.forEach(problem -> err.println("  " + problem));
      if (count > problems.size()) {
        err.println("  ... and " + (count - problems.size()) + " more");
      }
      err.flush();
      return Optional.empty();
    }
    return Optional.of(loaded.transactions());
  }

  private TransactionCsvResult load(CommandSpec spec) {
    try {
      return TransactionCsv.columns(customer, date, amount)
          .withDelimiter(delimiter)
          .withProblemLimit(MAX_PROBLEMS_SHOWN)
          .read(transactions);
    } catch (CrmValidationException e) {
      String option = COLUMN_OPTIONS.get(e.field());
      if (option != null) {
        String message = e.getMessage();
        int detail = message.indexOf("'): ");
        throw new ParameterException(spec.commandLine(), option + ": " + (e.rule().equals("unknownColumn")
            ? "unknown-column" : e.rule()) + " (was '" + e.rejectedValue() + "')"
            + (detail < 0 ? "" : ": " + message.substring(detail + 4)));
      }
      if (e.field().equals("csv.file")) {
        throw CrmValidationException.of("transactions", e.rule(), transactions, "no such file");
      }
      if (e.field().equals("csv")) {
        throw CrmValidationException.of("transactions", e.rule(), transactions, e.getMessage());
      }
      throw e;
    } catch (UncheckedIOException e) {
      throw CrmValidationException.of("transactions", "unreadable", transactions,
          "cannot read the file: " + e.getCause().getMessage());
    }
  }
}
