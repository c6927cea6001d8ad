package io.crmkit.examples.cli;

import io.crmkit.analytics.cohort.CohortAnalysis;
import io.crmkit.analytics.cohort.CohortPeriod;
import io.crmkit.analytics.cohort.CohortTable;
import io.crmkit.analytics.cohort.Flattening;
import io.crmkit.analytics.cohort.FlatteningRule;
import io.crmkit.analytics.cohort.PeriodRates;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import io.crmkit.examples.report.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm cohorts}: reads a CSV file of orders ({@link OrdersFile}), groups the
 * customers by the period of their first purchase ({@link CohortAnalysis}) and prints the retention
 * matrix, where each cohort's curve flattens, and the repeat-purchase and churn rates per period
 * since the first purchase; with {@code --amount}, the revenue retention matrix too.
 */
@Command(
    name = "cohorts",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Groups the customers of a CSV file of orders by the period of their first purchase and prints the"
          + " retention matrix: for each cohort and each period k since, the share of its customers who bought"
          + " (k = 0 is the first period, always 100%%). Then where each cohort's curve flattens, and per k the"
          + " repeat-purchase rate (the share that came back by k) and the churn rate (of those who bought in"
          + " k-1, the share who did not in k). With --amount, revenue retention too (revenue in k over revenue"
          + " in k = 0)."
    },
    footerHeading = "%nExample (the CDNOW sample, see examples/analytics/README.md):%n",
    footer = {
      "  crm cohorts --orders examples/analytics/cdnow-sample.csv \\",
      "      --customer customer_id --date date --amount dollar_value --period month"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:bad rows in the file (each printed with its line; nothing computed unless --skip-bad-rows), or an"
          + " unexpected failure",
      "2:bad arguments, a file missing or unreadable, or a column the header lacks"
    })
public final class CohortsCommand implements Callable<Integer> {

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The file and its columns. */
  @Mixin OrdersFile orders = new OrdersFile();

  /** The amount column. */
  @Option(names = "--amount", paramLabel = "COLUMN",
      description = "The column of the order's amount: adds the revenue retention matrix.")
  @Nullable String amount;

  /** The period. */
  @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "month",
      description = "The period of cohorts and activity: day, week (ISO, Monday to Sunday), month or quarter"
          + " (default: ${DEFAULT-VALUE}).")
  CohortPeriod period = CohortPeriod.MONTH;

  /** The flattening tolerance. */
  @Option(names = "--tolerance", paramLabel = "POINTS", defaultValue = "2",
      description = "A curve flattens at the first k from which every later retention stays within this many"
          + " percentage points of retention(k) (default: ${DEFAULT-VALUE}) ...")
  double tolerance = 2;

  /** The periods a flat curve must be observed for. */
  @Option(names = "--flat-periods", paramLabel = "N", defaultValue = "3",
      description = "... for at least this many later periods (default: ${DEFAULT-VALUE}).")
  int flatPeriods = 3;

  /** Makes the command; picocli fills in its options. */
  public CohortsCommand() {}

  /**
   * Counts the cohorts and prints them.
   *
   * @return 0 when done, 1 when bad rows stop it
   * @throws CrmValidationException when the file is missing or unreadable, or a column is not in the
   *     header (exit code 2)
   * @throws ParameterException when an option is refused (exit code 2)
   */
  @Override
  public Integer call() {
    FlatteningRule rule;
    try {
      rule = new FlatteningRule(tolerance / 100, flatPeriods);
    } catch (CrmValidationException e) {
      throw new ParameterException(spec.commandLine(), e.field().endsWith("tolerance")
          ? "--tolerance: give 0 to 100 percentage points (was " + tolerance + ")"
          : "--flat-periods: give 1 or more (was " + flatPeriods + ")");
    }
    Optional<Transactions> loaded = orders.load(amount, spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return ExitCode.SOFTWARE;
    }
    Transactions transactions = loaded.get();
    CohortTable table = CohortAnalysis.by(period).withFlattening(rule).withRevenue(amount != null)
        .runInParallel(transactions);
    print(spec.commandLine().getOut(), transactions, table);
    return ExitCode.OK;
  }

  private void print(PrintWriter out, Transactions transactions, CohortTable table) {
    String unit = unit();
    out.printf(Locale.ROOT, "%s cohorts of %,d customers, from %,d rows of %s (%s to %s)%n", title(),
        transactions.customerCount(), transactions.size(), orders.file, table.firstDay(), table.lastDay());
    out.println();
    out.println("Customer retention: % of the cohort buying in the " + unit + " k " + unit + "s after its first");
    out.print(matrix(table, (c, k) -> percent(table.retention(c, k))));
    if (table.hasRevenue()) {
      out.println();
      out.println("Revenue retention: the cohort's revenue in " + unit + " k, % of its revenue in " + unit + " 0");
      out.print(matrix(table, (c, k) -> {
        double share = table.revenueRetention(c, k);
        return Double.isNaN(share) ? "-" : percent(share);
      }));
    }
    out.println();
    out.printf(Locale.ROOT, "Where the curves flatten (every later %s within %s points, for %d %ss or more)%n", unit,
        number(tolerance), flatPeriods, unit);
    for (int c = 0; c < table.cohortCount(); c++) {
      Optional<Flattening> flat = table.flattening(c);
      out.println("  " + table.label(c) + "  " + flat.map(f -> "at k = " + f.period() + ", " + percent(f.level()) + "%")
          .orElse("does not flatten within the " + (table.observedPeriods(c) - 1) + " " + unit + "s observed"));
    }
    out.println();
    out.println("Per " + unit + " since the first purchase, over the cohorts observed that far");
    TextTable rates = TextTable.of(TextTable.right("K"), TextTable.right("CUSTOMERS"), TextTable.right("RETENTION"),
        TextTable.right("REPEAT"), TextTable.right("CHURN"));
    for (PeriodRates rate : table.rates()) {
      rates.row(Integer.toString(rate.period()), String.format(Locale.ROOT, "%,d", rate.customers()),
          percent(rate.retention()) + "%", percent(rate.repeatPurchaseRate()) + "%", percent(rate.churnRate()) + "%");
    }
    out.print(rates.render());
    out.println("  repeat: the share that bought again in any " + unit + " 1..k; churn: of those who bought in k-1,"
        + " the share who did not in k");
    out.flush();
  }

  private static String matrix(CohortTable table, BiFunction<Integer, Integer, String> cell) {
    int columns = 0;
    for (int c = 0; c < table.cohortCount(); c++) {
      columns = Math.max(columns, table.observedPeriods(c));
    }
    List<TextTable.Column> headings = new ArrayList<>();
    headings.add(TextTable.left("COHORT"));
    headings.add(TextTable.right("CUSTOMERS"));
    for (int k = 0; k < columns; k++) {
      headings.add(TextTable.right(Integer.toString(k)));
    }
    TextTable matrix = TextTable.of(headings.toArray(TextTable.Column[]::new));
    for (int c = 0; c < table.cohortCount(); c++) {
      List<String> row = new ArrayList<>();
      row.add(table.label(c));
      row.add(String.format(Locale.ROOT, "%,d", table.size(c)));
      for (int k = 0; k < columns; k++) {
        row.add(k < table.observedPeriods(c) ? cell.apply(c, k) : "");
      }
      matrix.row(row.toArray(String[]::new));
    }
    return matrix.render();
  }

  private String title() {
    return switch (period) {
      case DAY -> "Daily";
      case WEEK -> "Weekly";
      case MONTH -> "Monthly";
      case QUARTER -> "Quarterly";
    };
  }

  private String unit() {
    return period.name().toLowerCase(Locale.ROOT);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f", 100 * share);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
