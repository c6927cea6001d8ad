package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.cohort.CohortAnalysis;
import io.crmkit.analytics.cohort.CohortPeriod;
import io.crmkit.analytics.cohort.CohortTable;
import io.crmkit.analytics.csv.TransactionCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm cohorts} as a user runs it: the retention matrix of the CDNOW sample (exit 0), bad rows
 * (exit 1), and bad arguments (exit 2).
 */
class CohortsCommandTest {
  private static final Path SAMPLE = Path.of("..", "examples", "analytics", "cdnow-sample.csv");

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {}

  static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  private static Outcome cohorts(Path orders, String... more) {
    List<String> args = new ArrayList<>(List.of("cohorts", "--orders", orders.toString(), "--customer",
        "customer_id", "--date", "date"));
    args.addAll(List.of(more));
    return crm(args.toArray(String[]::new));
  }

  @Test
  void the_sample_prints_its_monthly_retention_matrix() {
    Outcome outcome = cohorts(SAMPLE, "--period", "month");

    CohortTable expected = CohortAnalysis.by(CohortPeriod.MONTH)
        .run(TransactionCsv.columns("customer_id", "date").read(SAMPLE).transactions());
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out().lines().toList()).startsWith(
        "Monthly cohorts of 2,357 customers, from 6,919 rows of " + SAMPLE + " (1997-01-01 to 1998-06-30)",
        "",
        "Customer retention: % of the cohort buying in the month k months after its first");
    for (int c = 0; c < 3; c++) {
      assertThat(outcome.out()).containsPattern("\n  " + expected.label(c) + " +"
          + String.format(Locale.ROOT, "%,d", expected.size(c)) + " +100\\.0 +"
          + String.format(Locale.ROOT, "%.1f", 100 * expected.retention(c, 1)).replace(".", "\\.") + " ");
    }
    assertThat(outcome.out())
        .contains("\nWhere the curves flatten (every later month within 2 points, for 3 months or more)\n")
        .containsPattern("\n  1997-01  (at k = \\d+, \\d+\\.\\d%|does not flatten within the 17 months observed)\n")
        .contains("\nPer month since the first purchase, over the cohorts observed that far\n")
        .containsPattern("\n   1 +2,357 +\\d+\\.\\d% +\\d+\\.\\d% +\\d+\\.\\d%\n")
        .doesNotContain("Revenue retention");
  }

  @Test
  void with_an_amount_the_revenue_retention_matrix_follows() {
    Outcome outcome = cohorts(SAMPLE, "--amount", "dollar_value");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("\nRevenue retention: the cohort's revenue in month k, % of its revenue in month 0\n")
        .containsPattern("\n  1997-03 +[0-9,]+ +100\\.0 ");
  }

  @Test
  void weeks_are_named_by_iso_week() {
    Outcome outcome = cohorts(SAMPLE, "--period", "week", "--tolerance", "5", "--flat-periods", "4");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).startsWith("Weekly cohorts of 2,357 customers").contains("\n  1997-W01 ")
        .contains("(every later week within 5 points, for 4 weeks or more)");
  }

  @Test
  void bad_rows_stop_it_each_with_its_line() throws IOException {
    Path orders = dir.resolve("orders.csv");
    Files.writeString(orders, "customer_id,date\na,1998-01-02\nb,02.01.1998\n", StandardCharsets.UTF_8);

    Outcome outcome = cohorts(orders);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains(orders + " line 3: date: '02.01.1998' is not a date in the format yyyy-MM-dd");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void a_tolerance_or_period_out_of_range_is_a_bad_argument() {
    assertThat(cohorts(SAMPLE, "--tolerance", "150").err()).startsWith("error: --tolerance: give 0 to 100");
    assertThat(cohorts(SAMPLE, "--flat-periods", "0").exitCode()).isEqualTo(2);
    assertThat(cohorts(SAMPLE, "--period", "year").exitCode()).isEqualTo(2);
  }
}
