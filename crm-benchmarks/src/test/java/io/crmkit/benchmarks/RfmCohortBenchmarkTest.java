package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.analytics.cohort.CohortTable;
import io.crmkit.analytics.rfm.RfmResult;
import io.crmkit.analytics.transaction.Transactions;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The RFM and cohort benchmark's own code on 100,000 rows of 10,000 customers: its set-up (which
 * loads DuckDB and compares both sides' scores and matrix), each side's invocation and the check
 * after it, as JMH calls them, so the build proves that crmkit and DuckDB agree without running the
 * benchmark. Nothing here is timed.
 */
class RfmCohortBenchmarkTest {
  private final RfmCohortBenchmark benchmark = new RfmCohortBenchmark();

  @BeforeEach
  void setUpTheBenchmark() throws SQLException {
    benchmark.rows = 100_000;
    benchmark.customers = 10_000;
    benchmark.report = false;
    benchmark.makeRowsAndCompareBoth();
  }

  @AfterEach
  void closeDuckDb() throws SQLException {
    benchmark.closeDuckDb();
  }

  @Test
  void the_set_up_agrees_on_every_customers_scores_and_every_cell() {
    DuckDbRfmCohorts.Scores scores = benchmark.expectedScores();

    assertThat(scores.recency()).hasSize(10_000);
    assertThat(Arrays.stream(scores.recency()).distinct().sorted().toArray()).containsExactly(1, 2, 3, 4, 5);
    assertThat(Arrays.stream(scores.frequency()).distinct().count()).isGreaterThan(1);
    assertThat(Arrays.stream(scores.monetary()).distinct().count()).isEqualTo(5);
    // 36 monthly cohorts (2023-01 to 2025-12), each observed to 2025-12: 36 + 35 + ... + 1 cells at most
    assertThat(benchmark.expectedCells()).hasSizeBetween(600, 666);
  }

  @Test
  void crmkit_rfm_gives_the_agreed_scores_and_passes_the_check() {
    RfmResult result = benchmark.crmkitRfm();

    assertThat(result.size()).isEqualTo(10_000);
    benchmark.checkResult();
  }

  @Test
  void duckdb_rfm_fetched_and_kept_in_the_database_pass_the_check() throws SQLException {
    benchmark.duckdbRfm();
    benchmark.checkResult();

    assertThat(benchmark.duckdbRfmInDatabase()).isPositive();
    benchmark.checkResult();
  }

  @Test
  void both_cohort_matrices_pass_the_check() throws SQLException {
    CohortTable table = benchmark.crmkitCohorts();
    benchmark.checkResult();
    benchmark.duckdbCohorts();
    benchmark.checkResult();

    assertThat(table.cohortCount()).isEqualTo(36);
    assertThat(table.retention(0, 0)).isEqualTo(1.0);
  }

  @Test
  void the_check_fails_on_one_wrong_score_or_cell() {
    benchmark.spoilDuckdbScoreOf(1_234);

    assertThatThrownBy(benchmark::checkResult).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("wrong RFM scores: duckdbRfm gave customer 1234 ");

    benchmark.spoilDuckdbCell();

    assertThatThrownBy(benchmark::checkResult).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("wrong cohort matrix: duckdbCohorts gave cohort month ");
  }

  @Test
  void the_sample_is_the_same_for_the_same_seed_and_sorted_by_day() {
    Transactions first = SampleTransactions.make(7, 5_000, 500);
    Transactions again = SampleTransactions.make(7, 5_000, 500);

    assertThat(first.size()).isEqualTo(5_000);
    assertThat(first.customerCount()).isEqualTo(500);
    for (int row = 0; row < first.size(); row++) {
      assertThat(again.customerIndex(row)).isEqualTo(first.customerIndex(row));
      assertThat(again.amount(row)).isEqualTo(first.amount(row));
      if (row > 0) {
        assertThat(first.epochDay(row)).isGreaterThanOrEqualTo(first.epochDay(row - 1));
      }
      assertThat(first.amount(row) * 4).isEqualTo(Math.rint(first.amount(row) * 4)).isBetween(20.0, 1000.0);
    }
    assertThat(first.firstDay().orElseThrow()).isAfterOrEqualTo(SampleTransactions.FIRST_DAY);
    assertThat(first.lastDay().orElseThrow()).isBefore(SampleTransactions.AS_OF);
    assertThat(first.customerId(42)).isEqualTo("C0000042");
  }
}
