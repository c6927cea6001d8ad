package io.crmkit.analytics.rfm;

import static io.crmkit.analytics.rfm.ScoreRange.ANY;
import static io.crmkit.analytics.rfm.ScoreRange.between;
import static io.crmkit.analytics.rfm.ScoreRange.only;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in segment tables on scores checked row by row against the reference's tables. */
class SegmentTableTest {
  private final SegmentTable rfm = SegmentTable.rfmPackage();
  private final SegmentTable map = SegmentTable.recencyFrequencyMap();

  private static RfmScore score(int r, int f, int m) {
    return new RfmScore(r, f, m);
  }

  @Test
  void the_r_package_table_gives_each_score_the_first_row_that_matches() {
    assertThat(rfm.segmentOf(score(5, 5, 5))).isEqualTo("Champions");
    // 4-4-4 matches Potential Loyalist (3-5, 3-5, 2-5) before Loyal Customers (2-4, 2-4, 2-4)
    assertThat(rfm.segmentOf(score(4, 4, 4))).isEqualTo("Potential Loyalist");
    assertThat(rfm.segmentOf(score(2, 2, 2))).isEqualTo("Loyal Customers");
    assertThat(rfm.segmentOf(score(3, 1, 3))).isEqualTo("Promising");
    assertThat(rfm.segmentOf(score(5, 1, 1))).isEqualTo("New Customers");
    assertThat(rfm.segmentOf(score(2, 3, 5))).isEqualTo("Can't Lose Them");
    assertThat(rfm.segmentOf(score(1, 5, 5))).isEqualTo("At Risk");
    // 1-3-3: M 3 misses Can't Lose Them and At Risk (4-5), R 1 misses everything above them
    assertThat(rfm.segmentOf(score(1, 3, 3))).isEqualTo("Need Attention");
    assertThat(rfm.segmentOf(score(3, 1, 1))).isEqualTo("About To Sleep");
    assertThat(rfm.segmentOf(score(1, 1, 1))).isEqualTo("Lost");
  }

  @Test
  void a_score_no_row_matches_falls_in_the_rest() {
    // 2-1-5: R 2 rules out Champions, Potential Loyalist, Promising, New Customers and Lost; F 1 rules out
    // Loyal Customers, Can't Lose Them, At Risk and Need Attention; M 5 rules out About To Sleep
    assertThat(rfm.segmentOf(score(2, 1, 5))).isEqualTo("Others");
    assertThat(rfm.ruleFor(score(2, 1, 5))).isEmpty();
  }

  @Test
  void the_matching_row_is_given_with_the_segment() {
    assertThat(rfm.ruleFor(score(4, 4, 4))).hasValue(
        new SegmentRule("Potential Loyalist", between(3, 5), between(3, 5), between(2, 5)));
  }

  @Test
  void the_r_f_map_reads_recency_and_frequency_only() {
    assertThat(map.segmentOf(score(1, 2, 5))).isEqualTo("Hibernating");
    assertThat(map.segmentOf(score(2, 4, 1))).isEqualTo("At Risk");
    assertThat(map.segmentOf(score(1, 5, 3))).isEqualTo("Can't Lose");
    assertThat(map.segmentOf(score(3, 2, 3))).isEqualTo("About to Sleep");
    assertThat(map.segmentOf(score(3, 3, 3))).isEqualTo("Need Attention");
    assertThat(map.segmentOf(score(4, 5, 1))).isEqualTo("Loyal Customers");
    assertThat(map.segmentOf(score(4, 1, 5))).isEqualTo("Promising");
    assertThat(map.segmentOf(score(5, 1, 5))).isEqualTo("New Customers");
    assertThat(map.segmentOf(score(5, 3, 2))).isEqualTo("Potential Loyalists");
    assertThat(map.segmentOf(score(5, 5, 1))).isEqualTo("Champions");
  }

  @Test
  void every_r_f_cell_of_the_map_has_exactly_one_row() {
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        int matches = 0;
        for (SegmentRule rule : map.rules()) {
          matches += rule.matches(r, f, 3) ? 1 : 0;
        }
        assertThat(matches).as("R%d F%d", r, f).isEqualTo(1);
      }
    }
  }

  @Test
  void the_segments_are_listed_in_row_order_then_the_rest() {
    assertThat(rfm.segments()).containsExactly("Champions", "Potential Loyalist", "Loyal Customers", "Promising",
        "New Customers", "Can't Lose Them", "At Risk", "Need Attention", "About To Sleep", "Lost", "Others");
  }

  @Test
  void a_users_table_is_data_built_row_by_row() {
    SegmentTable mine = SegmentTable.builder("ours")
        .rule("VIP", only(5), between(4, 5), ANY)
        .rule("Asleep", between(1, 2), ANY, ANY)
        .rest("Everyone else")
        .build();

    assertThat(mine.segmentOf(score(5, 4, 1))).isEqualTo("VIP");
    assertThat(mine.segmentOf(score(2, 5, 5))).isEqualTo("Asleep");
    assertThat(mine.segmentOf(score(3, 3, 3))).isEqualTo("Everyone else");
    assertThat(score(5, 4, 1).segmentIn(mine)).isEqualTo("VIP");
    assertThat(mine.rules().get(0)).hasToString("VIP: R 5, F 4-5, M any");
  }

  @Test
  void a_table_needs_a_row_and_names() {
    assertRejected("rfm.segmentTable.rules", "notEmpty", () -> SegmentTable.builder("empty").build());
    assertRejected("rfm.segmentTable.name", "required",
        () -> new SegmentTable(" ", List.of(new SegmentRule("A", ANY, ANY, ANY)), "rest"));
    assertRejected("rfm.segment.name", "required", () -> new SegmentRule("", ANY, ANY, ANY));
  }

  @Test
  void a_score_range_runs_upwards_from_one() {
    assertRejected("rfm.segment.scoreRange", "positive", () -> between(0, 3));
    assertRejected("rfm.segment.scoreRange", "ordered", () -> between(4, 3));
    assertThat(between(2, 4)).hasToString("2-4");
    assertThat(only(5)).hasToString("5");
  }

  @Test
  void a_score_is_one_or_more_and_reads_as_a_code() {
    assertRejected("rfm.score.frequency", "positive", () -> score(1, 0, 1));
    assertThat(score(5, 4, 5).code()).isEqualTo("545");
    assertThat(score(10, 3, 7).code()).isEqualTo("10.3.7");
  }
}
