package io.crmkit.analytics.rfm;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.transaction.Transactions;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * What RFM measures as of a date, the per-customer records, the summary per segment, and the ways
 * to run it (one pass, parallel, an accumulator kept by the host).
 */
class RfmAnalysisTest {
  private static final LocalDate AS_OF = LocalDate.parse("2024-07-01");

  /**
   * A: order O1 in two lines on 06-01 (30 + 20), O2 on 06-21 (50), O3 on 07-05 after the analysis
   * date; B: two purchases without order id on 07-01 (10 + 10); C: one purchase after the date only.
   */
  private static Transactions purchases() {
    return Transactions.builder()
        .add("A", LocalDate.parse("2024-06-01"), 30, Optional.of("O1"), Optional.empty())
        .add("B", LocalDate.parse("2024-07-01"), 10)
        .add("A", LocalDate.parse("2024-06-01"), 20, Optional.of("O1"), Optional.empty())
        .add("C", LocalDate.parse("2024-08-01"), 5)
        .add("A", LocalDate.parse("2024-06-21"), 50, Optional.of("O2"), Optional.empty())
        .add("A", LocalDate.parse("2024-07-05"), 99, Optional.of("O3"), Optional.empty())
        .add("B", LocalDate.parse("2024-07-01"), 10)
        .build();
  }

  @Test
  void recency_counts_days_to_the_analysis_date_and_later_purchases_are_left_out() {
    RfmResult result = RfmAnalysis.asOf(AS_OF).run(purchases());

    assertThat(result.size()).isEqualTo(2);
    assertThat(result.customer("A").orElseThrow().recencyDays()).isEqualTo(10);
    assertThat(result.customer("B").orElseThrow().recencyDays()).isZero();
    assertThat(result.customer("A").orElseThrow().revenue()).isEqualTo(100);
    assertThat(result.customer("C")).isEmpty();
    assertThat(result.customer("nobody")).isEmpty();
  }

  @Test
  void orders_count_distinct_order_ids_and_each_row_without_one() {
    RfmResult result = RfmAnalysis.asOf(AS_OF).run(purchases());

    assertThat(result.customer("A").orElseThrow().frequency()).isEqualTo(2);
    assertThat(result.customer("B").orElseThrow().frequency()).isEqualTo(2);
  }

  @Test
  void purchase_days_count_each_day_once() {
    RfmResult result = RfmAnalysis.asOf(AS_OF).withFrequency(FrequencyMeasure.PURCHASE_DAYS).run(purchases());

    assertThat(result.customer("A").orElseThrow().frequency()).isEqualTo(2);
    assertThat(result.customer("B").orElseThrow().frequency()).isEqualTo(1);
    assertThat(result.customer("B").orElseThrow().orders()).isEqualTo(2);
  }

  @Test
  void mean_monetary_value_is_revenue_per_counted_purchase() {
    RfmAnalysis mean = RfmAnalysis.asOf(AS_OF).withMonetary(MonetaryMeasure.MEAN);

    RfmResult perOrder = mean.run(purchases());
    RfmResult perDay = mean.withFrequency(FrequencyMeasure.PURCHASE_DAYS).run(purchases());

    assertThat(perOrder.customer("A").orElseThrow().monetary()).isEqualTo(50);
    assertThat(perOrder.customer("B").orElseThrow().monetary()).isEqualTo(10);
    assertThat(perDay.customer("B").orElseThrow().monetary()).isEqualTo(20);
  }

  @Test
  void each_customer_gets_scores_a_segment_and_the_row_that_put_it_there() {
    // recency 10, 0 -> cut points 3, 5, 7, 9 -> R 1, 5; orders 2, 2 -> F 1, 1; revenue 100, 20 -> M 5, 1
    RfmResult result = RfmAnalysis.asOf(AS_OF).run(purchases());

    CustomerRfm a = result.customer("A").orElseThrow();
    CustomerRfm b = result.customer("B").orElseThrow();
    assertThat(a.score()).isEqualTo(new RfmScore(1, 1, 5));
    assertThat(a.segment()).isEqualTo("Lost");
    assertThat(a.rule().orElseThrow().segment()).isEqualTo("Lost");
    assertThat(b.score()).isEqualTo(new RfmScore(5, 1, 1));
    assertThat(b.segment()).isEqualTo("New Customers");
    assertThat(result.customers()).containsExactly(a, b);
  }

  @Test
  void the_summary_lists_every_segment_with_its_customers_orders_revenue_and_shares() {
    RfmResult result = RfmAnalysis.asOf(AS_OF).run(purchases());

    assertThat(result.summary()).hasSize(11);
    SegmentSummary lost = result.summary().stream().filter(s -> s.segment().equals("Lost")).findFirst().orElseThrow();
    SegmentSummary fresh = result.summary().stream().filter(s -> s.segment().equals("New Customers")).findFirst()
        .orElseThrow();
    SegmentSummary champions = result.summary().get(0);
    assertThat(lost).isEqualTo(new SegmentSummary("Lost", 1, 2, 100, 0.5, 100.0 / 120));
    assertThat(fresh.revenueShare()).isCloseTo(20.0 / 120, within(1e-12));
    assertThat(fresh.meanOrderValue()).isEqualTo(10);
    assertThat(champions).isEqualTo(new SegmentSummary("Champions", 0, 0, 0, 0, 0));
  }

  @Test
  void a_customer_matching_no_row_is_in_the_rest_without_a_rule() {
    SegmentTable onlyChampions = SegmentTable.builder("one row")
        .rule("Champions", ScoreRange.only(5), ScoreRange.only(5), ScoreRange.only(5)).build();

    RfmResult result = RfmAnalysis.asOf(AS_OF).withSegments(onlyChampions).run(purchases());

    assertThat(result.segment(0)).isEqualTo("Others");
    assertThat(result.rule(0)).isEmpty();
  }

  @Test
  void parallel_chunks_give_the_result_of_one_pass() {
    RfmAnalysis analysis = RfmAnalysis.asOf(AS_OF).withFrequency(FrequencyMeasure.PURCHASE_DAYS);

    RfmResult parallel = analysis.runInParallel(purchases(), ForkJoinPool.commonPool(), 3);

    assertThat(parallel.customers()).isEqualTo(analysis.run(purchases()).customers());
    assertThat(analysis.runInParallel(purchases()).customers()).isEqualTo(parallel.customers());
  }

  @Test
  void an_accumulator_kept_by_the_host_takes_new_rows_as_they_come() {
    Transactions first = Transactions.builder()
        .add("A", LocalDate.parse("2024-06-01"), 30, Optional.of("O1"), Optional.empty())
        .add("B", LocalDate.parse("2024-07-01"), 10)
        .build();
    RfmAnalysis analysis = RfmAnalysis.asOf(AS_OF);
    RfmAccumulator kept = analysis.accumulator().add(first, 0, first.size());
    Transactions grown = Transactions.builder().addAll(first)
        .add("A", LocalDate.parse("2024-06-01"), 20, Optional.of("O1"), Optional.empty())
        .add("C", LocalDate.parse("2024-06-30"), 5)
        .build();

    kept.add(grown, first.size(), grown.size());

    assertThat(analysis.score(grown, kept).customers()).isEqualTo(analysis.run(grown).customers());
  }

  @Test
  void accumulators_of_other_measures_do_not_mix() {
    RfmAccumulator days = RfmAccumulator.of(RfmMeasures.asOf(AS_OF).withFrequency(FrequencyMeasure.PURCHASE_DAYS));
    RfmAccumulator orders = RfmAccumulator.of(RfmMeasures.asOf(AS_OF));

    assertRejected("rfm.measures", "same", () -> orders.combine(days));
    assertRejected("rfm.measures", "same", () -> RfmAnalysis.asOf(AS_OF).score(purchases(), days));
  }

  @Test
  void an_accumulator_is_scored_with_the_table_it_folded() {
    RfmAccumulator all = RfmAccumulator.of(RfmMeasures.asOf(AS_OF)).add(purchases(), 0, purchases().size());
    Transactions smaller = Transactions.builder().add("A", AS_OF, 1).build();

    assertRejected("transactions", "sameCustomers", () -> RfmAnalysis.asOf(AS_OF).score(smaller, all));
  }

  @Test
  void rows_outside_the_table_are_refused() {
    assertRejected("rows", "withinTable", () -> RfmAccumulator.of(RfmMeasures.asOf(AS_OF)).add(purchases(), 2, 99));
    assertRejected("rows", "withinTable", () -> RfmAccumulator.of(RfmMeasures.asOf(AS_OF)).add(purchases(), 3, 2));
  }

  @Test
  void an_empty_table_has_no_customers_and_an_empty_summary() {
    RfmResult result = RfmAnalysis.asOf(AS_OF).run(Transactions.builder().build());

    assertThat(result.size()).isZero();
    assertThat(result.summary()).allSatisfy(segment -> assertThat(segment.customers()).isZero());
  }
}
