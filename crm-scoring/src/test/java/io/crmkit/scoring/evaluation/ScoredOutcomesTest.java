package io.crmkit.scoring.evaluation;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScoredOutcomesTest {
  private static final double EXACT = 1e-12;

  @Test
  void the_reference_check_case_gives_an_auc_of_exactly_0_825() {
    // given the labels and the scores 20, 19, ..., 1 of the reference, the 9th and 10th both 12.5
    int[] labels = {1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0};
    double[] scores = IntStream.rangeClosed(1, 20).mapToDouble(position -> 21 - position).toArray();
    scores[8] = 12.5;
    scores[9] = 12.5;

    // when
    double auc = ScoredOutcomes.of(scores, labels).auc();

    // then
    assertThat(auc).isEqualTo(0.825);
  }

  @Test
  void a_perfect_ranking_has_an_auc_of_1_a_reversed_one_0_and_all_ties_one_half() {
    int[] labels = {1, 1, 0, 0};

    assertThat(ScoredOutcomes.of(new double[] {4, 3, 2, 1}, labels).auc()).isEqualTo(1.0);
    assertThat(ScoredOutcomes.of(new double[] {1, 2, 3, 4}, labels).auc()).isEqualTo(0.0);
    assertThat(ScoredOutcomes.of(new double[] {7, 7, 7, 7}, labels).auc()).isEqualTo(0.5);
  }

  @Test
  void the_roc_curve_starts_at_the_origin_moves_diagonally_across_a_tie_and_ends_at_one_one() {
    // given a won and a lost lead tied at 0.8
    ScoredOutcomes outcomes = ScoredOutcomes.of(new double[] {0.9, 0.8, 0.8, 0.3}, new int[] {1, 1, 0, 0});

    // when
    List<RocPoint> curve = outcomes.rocCurve();

    // then
    assertThat(curve).containsExactly(
        new RocPoint(Double.POSITIVE_INFINITY, 0.0, 0.0),
        new RocPoint(0.9, 0.0, 0.5),
        new RocPoint(0.8, 0.5, 1.0),
        new RocPoint(0.3, 1.0, 1.0));
    assertThat(outcomes.auc()).isEqualTo(0.875);
  }

  @Test
  void the_brier_score_is_the_mean_squared_difference_of_probability_and_outcome() {
    ScoredOutcomes outcomes = ScoredOutcomes.of(new double[] {1.0, 0.0, 0.5, 0.8}, new int[] {1, 0, 1, 0});

    assertThat(outcomes.brier()).isCloseTo((0 + 0 + 0.25 + 0.64) / 4, within(EXACT));
  }

  @Test
  void uniform_calibration_bins_have_fixed_edges_and_empty_bins_are_dropped() {
    // given
    ScoredOutcomes outcomes = ScoredOutcomes.of(new double[] {0.05, 0.15, 0.15, 0.95, 1.0}, new int[] {0, 1, 0, 1, 1});

    // when
    List<CalibrationBin> bins = outcomes.calibration(10, Binning.UNIFORM);

    // then three of the ten bins hold leads, and 1.0 falls in the last
    assertThat(bins).hasSize(3);
    assertBin(bins.get(0), 0.0, 0.1, 1, 0.05, 0.0);
    assertBin(bins.get(1), 0.1, 0.2, 2, 0.15, 0.5);
    assertBin(bins.get(2), 0.9, 1.0, 2, 0.975, 1.0);
  }

  @Test
  void quantile_calibration_bins_hold_equal_numbers_of_leads_and_keep_ties_together() {
    ScoredOutcomes spread = ScoredOutcomes.of(new double[] {0.4, 0.1, 0.3, 0.2}, new int[] {1, 0, 1, 0});
    ScoredOutcomes tied = ScoredOutcomes.of(new double[] {0.5, 0.5, 0.5, 0.5}, new int[] {1, 0, 1, 0});

    List<CalibrationBin> halves = spread.calibration(2, Binning.QUANTILE);
    List<CalibrationBin> oneBin = tied.calibration(4, Binning.QUANTILE);

    assertThat(halves).hasSize(2);
    assertBin(halves.get(0), 0.1, 0.2, 2, 0.15, 0.0);
    assertBin(halves.get(1), 0.3, 0.4, 2, 0.35, 1.0);
    assertThat(oneBin).hasSize(1);
    assertBin(oneBin.get(0), 0.5, 0.5, 4, 0.5, 0.5);
    assertThat(halves.get(1).gap()).isCloseTo(-0.65, within(EXACT));
  }

  @Test
  void lift_and_gain_by_decile_follow_the_won_leads_down_the_list() {
    // given 20 leads scored 20..1, the top four and the last one won (base rate 0.25)
    double[] scores = IntStream.rangeClosed(1, 20).mapToDouble(position -> 21 - position).toArray();
    boolean[] won = new boolean[20];
    won[0] = won[1] = won[2] = won[3] = won[19] = true;
    ScoredOutcomes outcomes = ScoredOutcomes.of(scores, won);

    // when
    List<DecileRow> deciles = outcomes.deciles();

    // then
    assertThat(deciles).hasSize(10);
    assertThat(deciles.get(0)).isEqualTo(new DecileRow(1, 2.0, 2.0, 1.0, 4.0, 4.0, 0.4));
    assertThat(deciles.get(1)).isEqualTo(new DecileRow(2, 2.0, 2.0, 1.0, 4.0, 4.0, 0.8));
    assertThat(deciles.get(2).lift()).isEqualTo(0.0);
    assertThat(deciles.get(2).cumulativeLift()).isCloseTo(0.8 / 0.3, within(EXACT));
    assertThat(deciles.get(9).gain()).isEqualTo(1.0);
    assertThat(deciles.get(9).lift()).isEqualTo(2.0);
    assertThat(outcomes.liftAt(0.1)).isEqualTo(4.0);
    assertThat(outcomes.gainAt(0.5)).isCloseTo(0.8, within(EXACT));
  }

  @Test
  void leads_tied_across_a_decile_boundary_are_shared_in_proportion() {
    // given ten leads tied on one score, half of them won
    ScoredOutcomes outcomes = ScoredOutcomes.of(new double[10], new int[] {1, 1, 1, 1, 1, 0, 0, 0, 0, 0});

    // then every decile converts at the base rate, whatever the order of the ties
    assertThat(outcomes.deciles()).allSatisfy(row -> {
      assertThat(row.wonLeads()).isCloseTo(0.5, within(EXACT));
      assertThat(row.lift()).isCloseTo(1.0, within(EXACT));
    });
  }

  @Test
  void the_best_f1_threshold_and_the_lowest_threshold_that_reaches_a_precision() {
    // given thresholds 0.9 .. 0.5 with F1 0.5, 0.4, 0.667, 0.857, 0.75 and precision 1, .5, .667, .75, .6
    ScoredOutcomes outcomes = ScoredOutcomes.of(new double[] {0.9, 0.8, 0.7, 0.6, 0.5}, new int[] {1, 0, 1, 1, 0});

    // when
    ThresholdChoice best = outcomes.bestF1Threshold();

    // then
    assertThat(best.threshold()).isEqualTo(0.6);
    assertThat(best.selectedLeads()).isEqualTo(4);
    assertThat(best.precision()).isEqualTo(0.75);
    assertThat(best.recall()).isEqualTo(1.0);
    assertThat(best.f1()).isCloseTo(6.0 / 7.0, within(EXACT));
    assertThat(outcomes.thresholdForPrecision(0.75)).map(ThresholdChoice::threshold).contains(0.6);
    assertThat(outcomes.thresholdForPrecision(0.8)).map(ThresholdChoice::threshold).contains(0.9);
  }

  @Test
  void of_equal_f1_the_highest_threshold_is_chosen() {
    // given F1 2/3 at 0.9 (one lead, won) and 2/3 again at 0.1 (all four leads, both won ones)
    ScoredOutcomes outcomes = ScoredOutcomes.of(new double[] {0.9, 0.5, 0.4, 0.1}, new int[] {1, 0, 0, 1});

    // then the fewest leads are routed
    assertThat(outcomes.thresholds()).extracting(ThresholdChoice::f1).first().isEqualTo(outcomes.thresholds().get(3).f1());
    assertThat(outcomes.bestF1Threshold().threshold()).isEqualTo(0.9);
  }

  @Test
  void a_precision_no_threshold_reaches_is_no_threshold() {
    ScoredOutcomes outcomes = ScoredOutcomes.of(new double[] {0.9, 0.1}, new int[] {0, 1});

    assertThat(outcomes.thresholdForPrecision(0.9)).isEmpty();
  }

  @Test
  void the_summary_gives_auc_brier_and_top_decile_lift() {
    ScoredOutcomes outcomes = ScoredOutcomes.of(new double[] {1.0, 0.0, 0.5, 0.8}, new int[] {1, 0, 1, 0});

    ScoreSummary summary = outcomes.summary();

    assertThat(summary.leads()).isEqualTo(4);
    assertThat(summary.wonLeads()).isEqualTo(2);
    assertThat(summary.baseRate()).isEqualTo(0.5);
    assertThat(summary.auc()).isEqualTo(outcomes.auc());
    assertThat(summary.brier()).isEqualTo(outcomes.brier());
    assertThat(summary.topDecileLift()).isEqualTo(2.0);
  }

  @Test
  void bad_scores_and_outcomes_are_refused() {
    assertRejected("outcomes", "length", () -> ScoredOutcomes.of(new double[] {0.1}, new int[] {1, 0}));
    assertRejected("scores", "empty", () -> ScoredOutcomes.of(new double[0], new int[0]));
    assertRejected("scores[1]", "finite", () -> ScoredOutcomes.of(new double[] {0.1, Double.NaN}, new int[] {1, 0}));
    assertRejected("outcomes[1]", "not-0-or-1", () -> ScoredOutcomes.of(new double[] {0.1, 0.2}, new int[] {1, 2}));
  }

  @Test
  void measures_that_need_both_outcomes_or_probabilities_say_so() {
    ScoredOutcomes allWon = ScoredOutcomes.of(new double[] {0.1, 0.2}, new int[] {1, 1});
    ScoredOutcomes allLost = ScoredOutcomes.of(new double[] {0.1, 0.2}, new int[] {0, 0});
    ScoredOutcomes points = ScoredOutcomes.of(new double[] {12, 80}, new int[] {0, 1});

    assertRejected("outcomes", "single-class", allWon::auc);
    assertRejected("outcomes", "single-class", allWon::rocCurve);
    assertRejected("outcomes", "no-won-lead", allLost::deciles);
    assertRejected("outcomes", "no-won-lead", allLost::bestF1Threshold);
    assertRejected("scores[0]", "probability", points::brier);
    assertRejected("scores[0]", "probability", () -> points.calibration(10, Binning.UNIFORM));
    assertRejected("calibration.bins", "range", () -> allWon.calibration(0, Binning.QUANTILE));
    assertRejected("lift.topShare", "range", () -> points.liftAt(0.0));
    assertRejected("lift.topShare", "range", () -> points.gainAt(1.5));
    assertRejected("threshold.precision", "range", () -> points.thresholdForPrecision(0.0));
    assertThat(points.auc()).isEqualTo(1.0);
  }

  private static void assertBin(CalibrationBin bin, double lower, double upper, int leads, double predicted, double observed) {
    assertThat(bin.lower()).isCloseTo(lower, within(EXACT));
    assertThat(bin.upper()).isCloseTo(upper, within(EXACT));
    assertThat(bin.leads()).isEqualTo(leads);
    assertThat(bin.meanPredicted()).isCloseTo(predicted, within(EXACT));
    assertThat(bin.observedRate()).isCloseTo(observed, within(EXACT));
  }
}
