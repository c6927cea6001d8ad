package io.crmkit.analytics.rfm;

import static io.crmkit.analytics.rfm.RfmFixtures.AS_OF;
import static io.crmkit.analytics.rfm.RfmFixtures.byFrequency;
import static io.crmkit.analytics.rfm.RfmFixtures.byMonetary;
import static io.crmkit.analytics.rfm.RfmFixtures.byRecency;
import static io.crmkit.analytics.rfm.RfmFixtures.customers;
import static io.crmkit.analytics.rfm.RfmFixtures.frequencyScores;
import static io.crmkit.analytics.rfm.RfmFixtures.monetaryScores;
import static io.crmkit.analytics.rfm.RfmFixtures.recencyScores;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known answers of each binning convention on small cases worked by hand; the working is in each
 * test's comment (sorted values x[1..N], type-7 index = 1 + (N−1)·p).
 */
class RfmBinningTest {
  private final RfmAnalysis analysis = RfmAnalysis.asOf(AS_OF);

  @Test
  void r_package_cut_points_are_the_interior_quantiles_plus_one_and_ties_share_a_bin() {
    // x = 1 1 1 2 2 3 4 5 8 10 (N = 10); p = .2 .4 .6 .8
    // index 2.8 -> x2 = x3 = 1 -> 1;  4.6 -> x4 = x5 = 2 -> 2;  6.4 -> 3 + .4(4 - 3) = 3.4;  8.2 -> 5 + .2(8 - 5) = 5.6
    // cut points 2, 3, 4.4, 6.6: bin = 1 + cut points at or below the value
    RfmResult result = analysis.withBinning(RfmBinning.rPackage(5)).run(byFrequency(1, 1, 1, 2, 2, 3, 4, 5, 8, 10));

    assertThat(frequencyScores(result)).containsExactly(1, 1, 1, 2, 2, 3, 3, 4, 5, 5);
  }

  @Test
  void r_package_recency_is_reversed_and_a_bin_between_equal_cut_points_stays_empty() {
    // x = 0 10 10 30 100 (N = 5); index 1.8 -> 0 + .8(10) = 8;  2.6 -> 10;  3.4 -> 10 + .4(20) = 18;  4.2 -> 30 + .2(70) = 44
    // cut points 9, 11, 19, 45: bins 1 2 2 4 5, reversed (6 - bin): 5 4 4 2 1; score 3 is empty
    RfmResult result = analysis.withBinning(RfmBinning.rPackage(5)).run(byRecency(0, 10, 10, 30, 100));

    assertThat(recencyScores(result)).containsExactly(5, 4, 4, 2, 1);
  }

  @Test
  void r_package_compares_with_the_quantile_plus_one_so_a_value_at_the_quantile_stays_below() {
    // x = 10 20 30 40 (N = 4), 2 bins: index 2.5 -> 20 + .5(10) = 25, cut point 26: 10 20 -> 1, 30 40 -> 2
    // x = 10 20 26 30 40 (N = 5): index 3 -> 26, cut point 27: the median customer (26) stays in bin 1
    RfmResult four = analysis.withBinning(RfmBinning.rPackage(2)).run(byMonetary(10, 20, 30, 40));
    RfmResult five = analysis.withBinning(RfmBinning.rPackage(2)).run(byMonetary(10, 20, 26, 30, 40));

    assertThat(monetaryScores(four)).containsExactly(1, 1, 2, 2);
    assertThat(monetaryScores(five)).containsExactly(1, 1, 1, 2, 2);
  }

  @Test
  void when_every_value_is_the_same_r_package_puts_everyone_in_the_first_bin() {
    RfmResult result = analysis.run(customers(new int[] {3, 3, 3}, new int[] {2, 2, 2}, new double[] {50, 50, 50}));

    assertThat(recencyScores(result)).containsExactly(5, 5, 5);
    assertThat(frequencyScores(result)).containsExactly(1, 1, 1);
    assertThat(monetaryScores(result)).containsExactly(1, 1, 1);
  }

  @Test
  void quantile_cut_drops_repeated_edges_and_numbers_the_remaining_bins_from_one() {
    // x = 1 1 1 1 2 3 (N = 6), 4 bins; edges at p = 0 .25 .5 .75 1:
    // index 1 -> 1;  2.25 -> 1;  3.5 -> 1;  4.75 -> 1 + .75(2 - 1) = 1.75;  6 -> 3
    // distinct edges 1, 1.75, 3: bins [1, 1.75] and (1.75, 3], scores 1..2 (pandas codes 0 0 0 0 1 1, plus 1)
    RfmResult result = analysis.withBinning(RfmBinning.quantileCut(4)).run(byFrequency(1, 1, 1, 1, 2, 3));

    assertThat(frequencyScores(result)).containsExactly(1, 1, 1, 1, 2, 2);
  }

  @Test
  void quantile_cut_bins_are_closed_on_the_right() {
    // x = 10 20 30 40 50 (N = 5), 4 bins: edges 10, 20, 30, 40, 50 (index 1, 2, 3, 4, 5)
    // (10 is in the first, closed bin) 10 20 -> 1, 30 -> 2, 40 -> 3, 50 -> 4
    RfmResult result = analysis.withBinning(RfmBinning.quantileCut(4)).run(byMonetary(10, 20, 30, 40, 50));

    assertThat(monetaryScores(result)).containsExactly(1, 1, 2, 3, 4);
  }

  @Test
  void quantile_cut_reverses_recency_within_the_bins_that_remain() {
    // recency x = 0 0 0 7 (N = 4), 4 bins: edges 0, 0, 0, 1.75 (index 3.25 -> 0 + .25(7)), 7 -> distinct 0, 1.75, 7
    // bins 1 1 1 2 of k = 2; reversed (3 - bin): 2 2 2 1
    RfmResult result = analysis.withBinning(RfmBinning.quantileCut(4)).run(byRecency(0, 0, 0, 7));

    assertThat(recencyScores(result)).containsExactly(2, 2, 2, 1);
  }

  @Test
  void rank_first_fills_every_bin_and_splits_ties_in_order_of_first_appearance() {
    // x = 5 3 3 3 9 1; ranks (ties by customer order) 5 2 3 4 6 1; N = 6, 3 bins:
    // bin = max(1, ceil((r - 1)·3/5)): r1 -> 1, r2 -> 1, r3 -> 2, r4 -> 2, r5 -> 3, r6 -> 3
    RfmResult result = analysis.withBinning(RfmBinning.rankFirst(3)).run(byFrequency(5, 3, 3, 3, 9, 1));

    assertThat(frequencyScores(result)).containsExactly(3, 1, 2, 2, 3, 1);
  }

  @Test
  void rank_first_recency_gives_the_earlier_customer_of_a_tie_the_higher_score() {
    // x = 4 4 (N = 2), 2 bins: ranks 1 2 -> bins 1 2 -> reversed 2 1
    RfmResult result = analysis.withBinning(RfmBinning.rankFirst(2)).run(byRecency(4, 4));

    assertThat(recencyScores(result)).containsExactly(2, 1);
  }

  @Test
  void nested_binning_scores_frequency_within_each_recency_bin_and_monetary_within_each_cell() {
    // R, 2 bins over x = 1 2 3 100 200 300: index 3.5 -> 51.5, cut 52.5 -> bins 1 1 1 2 2 2 -> R = 2 2 2 1 1 1
    // F within R = 2 (1 5 9): median 5, cut 6 -> 1 1 2;  within R = 1 (2 3 4): median 3, cut 4 -> 1 1 2
    //   (over all customers F would be 1 2 2 1 1 1: cut 4.5)
    // M within cells: (2,1) = {10, 20}: cut 16 -> 1 2;  (2,2) = {30} -> 1;  (1,1) = {40, 50}: cut 46 -> 1 2;  (1,2) = {60} -> 1
    RfmResult result = analysis.withBinning(RfmBinning.nested(RfmBinning.rPackage(2)))
        .run(customers(new int[] {1, 2, 3, 100, 200, 300}, new int[] {1, 5, 9, 2, 3, 4},
            new double[] {10, 20, 30, 40, 50, 60}));

    assertThat(recencyScores(result)).containsExactly(2, 2, 2, 1, 1, 1);
    assertThat(frequencyScores(result)).containsExactly(1, 1, 2, 1, 1, 2);
    assertThat(monetaryScores(result)).containsExactly(1, 2, 1, 1, 2, 1);
  }

  @Test
  void cut_points_bin_each_dimension_on_their_own_from_below() {
    // recency cut points 30, 90 -> [.., 30) [30, 90) [90, ..) -> bins 1 2 3 -> reversed 3 2 1
    // frequency 2, 5 -> 1 | 2..4 | 5..;  monetary 100 -> below 100 | 100 and above
    RfmBinning cuts = RfmBinning.cutPoints(List.of(30.0, 90.0), List.of(2.0, 5.0), List.of(100.0));
    RfmResult result = analysis.withBinning(cuts)
        .run(customers(new int[] {0, 29, 30, 89, 90}, new int[] {1, 2, 4, 5, 9}, new double[] {99, 100, 101, 5, 1000}));

    assertThat(recencyScores(result)).containsExactly(3, 3, 2, 2, 1);
    assertThat(frequencyScores(result)).containsExactly(1, 2, 2, 3, 3);
    assertThat(monetaryScores(result)).containsExactly(1, 2, 2, 1, 2);
  }

  @Test
  void without_cut_points_a_dimension_has_one_bin() {
    RfmBinning cuts = RfmBinning.cutPoints(List.of(), List.of(), List.of());

    RfmResult result = analysis.withBinning(cuts).run(byRecency(1, 50, 500));

    assertThat(recencyScores(result)).containsExactly(1, 1, 1);
  }

  @Test
  void a_binning_needs_one_to_a_hundred_bins() {
    assertRejected("rfm.binning.bins", "range", () -> RfmBinning.rPackage(0));
    assertRejected("rfm.binning.bins", "range", () -> RfmBinning.quantileCut(101));
    assertRejected("rfm.binning.bins", "range", () -> RfmBinning.rankFirst(-1));
  }

  @Test
  void cut_points_must_rise_and_be_finite() {
    assertRejected("rfm.binning.frequency", "increasing",
        () -> RfmBinning.cutPoints(List.of(), List.of(5.0, 5.0), List.of()));
    assertRejected("rfm.binning.monetary", "finite",
        () -> RfmBinning.cutPoints(List.of(), List.of(), List.of(Double.NaN)));
  }

  @Test
  void nested_binning_does_not_nest_itself() {
    assertRejected("rfm.binning.within", "notNested", () -> RfmBinning.nested(RfmBinning.nested(RfmBinning.rPackage())));
  }
}
