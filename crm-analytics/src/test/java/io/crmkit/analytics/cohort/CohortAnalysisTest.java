package io.crmkit.analytics.cohort;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.transaction.Transactions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * A small case worked by hand: four customers over January to April 2024.
 *
 * <pre>
 * A  01-05 (10)  02-10 (20)  04-01 (40)     cohort 2024-01
 * B  01-20 (5)   01-25 (5)                  cohort 2024-01
 * C  02-01 (8)   03-15 (4)   03-20 (4)      cohort 2024-02
 * D  02-28 (2)                              cohort 2024-02
 * </pre>
 */
class CohortAnalysisTest {
  private static Transactions purchases() {
    return Transactions.builder()
        .add("A", LocalDate.parse("2024-01-05"), 10)
        .add("B", LocalDate.parse("2024-01-20"), 5)
        .add("B", LocalDate.parse("2024-01-25"), 5)
        .add("C", LocalDate.parse("2024-02-01"), 8)
        .add("A", LocalDate.parse("2024-02-10"), 20)
        .add("D", LocalDate.parse("2024-02-28"), 2)
        .add("C", LocalDate.parse("2024-03-15"), 4)
        .add("C", LocalDate.parse("2024-03-20"), 4)
        .add("A", LocalDate.parse("2024-04-01"), 40)
        .build();
  }

  private final CohortTable months = CohortAnalysis.by(CohortPeriod.MONTH).run(purchases());

  @Test
  void customers_fall_in_the_cohort_of_their_first_purchase() {
    assertThat(months.cohortCount()).isEqualTo(2);
    assertThat(months.label(0)).isEqualTo("2024-01");
    assertThat(months.start(1)).isEqualTo(LocalDate.parse("2024-02-01"));
    assertThat(months.size(0)).isEqualTo(2);
    assertThat(months.size(1)).isEqualTo(2);
  }

  @Test
  void retention_is_the_share_of_the_cohort_active_in_each_period_since() {
    // January: A and B in January, A in February, nobody in March, A in April
    assertThat(months.cohorts().get(0).retention()).containsExactly(1.0, 0.5, 0.0, 0.5);
    // February: C and D in February, C in March, nobody in April (the window ends there)
    assertThat(months.cohorts().get(1).retention()).containsExactly(1.0, 0.5, 0.0);
    assertThat(months.observedPeriods(1)).isEqualTo(3);
    assertThat(months.activeCustomers(0, 3)).isEqualTo(1);
  }

  @Test
  void revenue_retention_compares_each_period_with_the_first() {
    // January: 10 + 5 + 5 = 20, then 20, 0, 40;  February: 8 + 2 = 10, then 8, 0
    assertThat(months.cohorts().get(0).revenue()).containsExactly(20.0, 20.0, 0.0, 40.0);
    assertThat(months.cohorts().get(0).revenueRetention()).containsExactly(1.0, 1.0, 0.0, 2.0);
    assertThat(months.revenueRetention(1, 1)).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void repeat_and_churn_rates_pool_the_cohorts_observed_that_far() {
    // k = 1: four customers; A and C came back (retention and repeat 1/2); of the four active at 0, B and D lapsed
    // k = 2: four customers, nobody active; A and C have come back by now; both active at 1 lapsed
    // k = 3: only January is observed: A active; A came back; nobody was active at 2, so no churn
    assertThat(months.rates()).containsExactly(
        new PeriodRates(1, 4, 0.5, 0.5, 0.5),
        new PeriodRates(2, 4, 0.0, 0.5, 1.0),
        new PeriodRates(3, 2, 0.5, 0.5, 0.0));
  }

  @Test
  void weeks_and_quarters_count_the_same_customers() {
    CohortTable quarters = CohortAnalysis.by(CohortPeriod.QUARTER).run(purchases());
    CohortTable weeks = CohortAnalysis.by(CohortPeriod.WEEK).run(purchases());

    assertThat(quarters.cohortCount()).isEqualTo(1);
    assertThat(quarters.cohorts().get(0).activeCustomers()).containsExactly(4, 1);
    assertThat(weeks.label(0)).isEqualTo("2024-W01");
    assertThat(weeks.cohorts().stream().mapToInt(Cohort::customers).sum()).isEqualTo(4);
  }

  @Test
  void without_revenue_the_table_has_retention_only() {
    CohortTable table = CohortAnalysis.by(CohortPeriod.MONTH).withRevenue(false).run(purchases());

    assertThat(table.hasRevenue()).isFalse();
    assertThat(table.cohorts().get(0).revenue()).isEmpty();
    assertThatThrownBy(() -> table.revenue(0, 0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parallel_chunks_and_a_kept_accumulator_give_the_same_table() {
    CohortAnalysis analysis = CohortAnalysis.by(CohortPeriod.MONTH);
    Transactions table = purchases();
    CohortAccumulator kept = CohortAccumulator.over(CohortPeriod.MONTH, LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-04-30"));
    kept.add(table, 0, 4).add(table, 4, table.size());

    assertThat(analysis.runInParallel(table, ForkJoinPool.commonPool(), 3).cohorts()).isEqualTo(months.cohorts());
    assertThat(analysis.table(table, kept).cohorts()).isEqualTo(months.cohorts());
  }

  @Test
  void a_curve_flattens_where_every_later_period_stays_within_the_tolerance() {
    FlatteningRule rule = new FlatteningRule(0.05, 2);

    // from k = 3 (0.25) on, 0.26 and 0.24 stay within 0.05; at k = 2 (0.3), 0.24 strays by 0.06
    assertThat(rule.find(new double[] {1, 0.5, 0.3, 0.25, 0.26, 0.24})).isEqualTo(new Flattening.Found(3, 0.25));
    assertThat(rule.find(new double[] {1, 0.5, 0.4, 0.3, 0.2, 0.1}).period()).isEqualTo(-1);
    // k = 1 needs two more periods observed
    assertThat(rule.find(new double[] {1, 0.5, 0.5}).period()).isEqualTo(-1);
  }

  @Test
  void the_table_reports_where_a_cohort_flattens() {
    CohortTable table = CohortAnalysis.by(CohortPeriod.MONTH).withFlattening(new FlatteningRule(0.5, 2)).run(purchases());

    // January: 1, 0.5, 0, 0.5: from k = 1 (0.5) on, 0 and 0.5 stay within 0.5
    assertThat(table.flattening(0)).hasValue(new Flattening(1, 0.5));
    // February is observed for two periods after its first only: k = 1 leaves one
    assertThat(table.flattening(1)).isEmpty();
    assertThat(months.flattening(0)).isEmpty();
  }

  @Test
  void a_row_outside_the_window_is_refused_with_its_number() {
    CohortAccumulator january = CohortAccumulator.over(CohortPeriod.MONTH, LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-01-31"));

    var refused = assertRejected("transaction.day", "withinWindow", () -> january.add(purchases(), 0, 9));
    assertThat(refused.getMessage()).contains("row 3");
  }

  @Test
  void a_window_runs_forwards() {
    assertRejected("cohort.lastDay", "notBeforeFirstDay", () -> CohortAccumulator.over(CohortPeriod.DAY,
        LocalDate.parse("2024-02-01"), LocalDate.parse("2024-01-31")));
  }

  @Test
  void accumulators_of_other_windows_or_periods_do_not_mix() {
    CohortAccumulator jan = CohortAccumulator.over(CohortPeriod.MONTH, LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-04-30"));
    CohortAccumulator longer = CohortAccumulator.over(CohortPeriod.MONTH, LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-05-31"));
    CohortAccumulator weeks = CohortAccumulator.over(CohortPeriod.WEEK, LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-04-30"));

    assertRejected("cohort.window", "same", () -> jan.combine(longer));
    assertRejected("cohort.window", "same", () -> jan.combine(weeks));
    assertRejected("cohort.period", "same", () -> CohortAnalysis.by(CohortPeriod.MONTH).table(purchases(), weeks));
  }

  @Test
  void a_flattening_rule_takes_a_share_and_at_least_one_period() {
    assertRejected("cohort.flattening.tolerance", "range", () -> new FlatteningRule(-0.1, 3));
    assertRejected("cohort.flattening.tolerance", "range", () -> new FlatteningRule(Double.NaN, 3));
    assertRejected("cohort.flattening.minimumPeriods", "positive", () -> new FlatteningRule(0.02, 0));
  }

  @Test
  void an_empty_table_has_no_cohorts() {
    CohortTable table = CohortAnalysis.by(CohortPeriod.MONTH).run(Transactions.builder().build());

    assertThat(table.cohortCount()).isZero();
    assertThat(table.rates()).isEmpty();
  }

  @Test
  void a_customer_reads_back_its_first_and_active_periods() {
    CohortAccumulator activity = CohortAnalysis.by(CohortPeriod.MONTH).accumulator(purchases());
    Transactions table = purchases();
    activity.add(table, 0, table.size());
    int c = table.customerIndexOf("C").orElseThrow();

    assertThat(activity.firstActivePeriod(c)).isEqualTo(1);
    assertThat(activity.isActive(c, 2)).isTrue();
    assertThat(activity.isActive(c, 3)).isFalse();
    assertThat(activity.firstActivePeriod(99)).isEqualTo(-1);
    assertThat(List.of(activity.firstDay(), activity.lastDay()))
        .containsExactly(LocalDate.parse("2024-01-05"), LocalDate.parse("2024-04-01"));
    assertThat(activity.periods()).isEqualTo(4);
  }
}
