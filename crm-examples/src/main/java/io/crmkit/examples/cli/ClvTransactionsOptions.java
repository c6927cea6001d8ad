package io.crmkit.examples.cli;

import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
   * Reads the transactions; prints every problem with its line on {@code err} and gives nothing when
   * there is one.
   *
   * @throws CrmValidationException when the file is missing or unreadable (exit code 2)
   * @throws ParameterException when a column option names a column the file lacks (exit code 2)
   */
  Optional<Transactions> read(CommandSpec spec, PrintWriter err) {
    CsvRows rows = rows();
    List<String> problems = new ArrayList<>(rows.problems());
    int customerAt = column(spec, rows, "--customer", customer);
    int dateAt = column(spec, rows, "--date", date);
    int amountAt = column(spec, rows, "--amount", amount);
    Transactions.Builder builder = Transactions.builder();
    if (problems.isEmpty()) {
      for (CsvRows.Row row : rows.rows()) {
        String id = row.fields().get(customerAt).strip();
        String day = row.fields().get(dateAt).strip();
        String value = row.fields().get(amountAt).strip();
        int before = problems.size();
        if (id.isEmpty()) {
          problems.add(CsvRows.problem(rows.name(), row.line(), customer + ": the customer id is blank"));
        }
        LocalDate purchased = null;
        try {
          purchased = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
          problems.add(CsvRows.problem(rows.name(), row.line(), date + ": '" + day
              + "' is not a date: give yyyy-mm-dd, such as 1997-01-31"));
        }
        double spent = Double.NaN;
        try {
          spent = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          // reported below
        }
        if (!Double.isFinite(spent)) {
          problems.add(CsvRows.problem(rows.name(), row.line(), amount + ": '" + value + "' is not a number"));
        }
        if (problems.size() == before) {
          builder.add(id, purchased, spent);
        }
      }
    }
    if (rows.rows().isEmpty() && problems.isEmpty()) {
      problems.add(CsvRows.problem(rows.name(), 2, "the file has no transactions"));
    }
    if (!problems.isEmpty()) {
      err.println("error: nothing fitted: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
          + " in " + rows.name());
      problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(problem -> err.println("  " + problem));
      if (problems.size() > MAX_PROBLEMS_SHOWN) {
        err.println("  ... and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more");
      }
      err.flush();
      return Optional.empty();
    }
    return Optional.of(builder.build());
  }

  private CsvRows rows() {
    try (InputStream in = Files.newInputStream(transactions)) {
      return CsvRows.read(transactions.toString(), in, delimiter);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of("transactions", "missing", transactions, "no such file");
    } catch (IOException e) {
      throw CrmValidationException.of("transactions", "unreadable", transactions,
          "cannot read the file: " + e.getMessage());
    }
  }

  private static int column(CommandSpec spec, CsvRows rows, String option, String name) {
    int at = rows.header().indexOf(name.strip());
    if (at < 0 && !rows.header().isEmpty()) {
      throw new ParameterException(spec.commandLine(), option + ": unknown-column (was '" + name
          + "'): the header has no such column: " + rows.header());
    }
    return at;
  }
}
