package io.crmkit.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ScoredOutcomesProperties {

  /** Leads with whole-number scores from a small range (so that ties are common), both outcomes present. */
  record Leads(double[] scores, boolean[] won) {
    ScoredOutcomes outcomes() {
      return ScoredOutcomes.of(scores, won);
    }

    Leads mapped(DoubleUnaryOperator transform) {
      double[] mapped = new double[scores.length];
      for (int i = 0; i < scores.length; i++) {
        mapped[i] = transform.applyAsDouble(scores[i]);
      }
      return new Leads(mapped, won);
    }
  }

  @Provide
  Arbitrary<Leads> leads() {
    Arbitrary<List<Integer>> scores = Arbitraries.integers().between(-30, 30).list().ofMinSize(0).ofMaxSize(60);
    Arbitrary<List<Boolean>> outcomes = Arbitraries.of(true, false).list().ofMaxSize(60);
    return Combinators.combine(scores, outcomes, Arbitraries.integers().between(-30, 30), Arbitraries.integers().between(-30, 30))
        .as((s, o, wonScore, lostScore) -> {
          int n = Math.min(s.size(), o.size());
          double[] values = new double[n + 2];
          boolean[] won = new boolean[n + 2];
          for (int i = 0; i < n; i++) {
            values[i] = s.get(i);
            won[i] = o.get(i);
          }
          values[n] = wonScore;
          won[n] = true;
          values[n + 1] = lostScore;
          return new Leads(values, won);
        });
  }

  @Provide
  Arbitrary<Leads> probabilities() {
    return leads().map(l -> l.mapped(s -> (s + 30) / 60.0));
  }

  @Property
  void the_auc_of_a_score_is_one_minus_the_auc_of_its_negation(@ForAll("leads") Leads leads) {
    double auc = leads.outcomes().auc();
    double negated = leads.mapped(s -> -s).outcomes().auc();

    assertThat(auc).isCloseTo(1.0 - negated, within(1e-12));
  }

  @Property
  void the_auc_does_not_change_under_a_strictly_increasing_transform(@ForAll("leads") Leads leads) {
    double auc = leads.outcomes().auc();

    assertThat(leads.mapped(s -> 3 * s + 7).outcomes().auc()).isEqualTo(auc);
    assertThat(leads.mapped(s -> s * s * s).outcomes().auc()).isEqualTo(auc);
    assertThat(leads.mapped(s -> Math.exp(s / 10.0)).outcomes().auc()).isEqualTo(auc);
    assertThat(leads.mapped(s -> (s + 30) / 60.0).outcomes().auc()).isEqualTo(auc);
  }

  @Property
  void the_auc_is_between_0_and_1_and_is_the_area_under_the_roc_curve(@ForAll("leads") Leads leads) {
    ScoredOutcomes outcomes = leads.outcomes();
    List<RocPoint> curve = outcomes.rocCurve();
    double area = 0.0;
    for (int i = 1; i < curve.size(); i++) {
      RocPoint a = curve.get(i - 1);
      RocPoint b = curve.get(i);
      area += (b.falsePositiveRate() - a.falsePositiveRate()) * (a.truePositiveRate() + b.truePositiveRate()) / 2;
    }

    assertThat(outcomes.auc()).isBetween(0.0, 1.0).isCloseTo(area, within(1e-9));
    assertThat(curve.get(0)).isEqualTo(new RocPoint(Double.POSITIVE_INFINITY, 0.0, 0.0));
    assertThat(curve.get(curve.size() - 1).falsePositiveRate()).isEqualTo(1.0);
    assertThat(curve.get(curve.size() - 1).truePositiveRate()).isEqualTo(1.0);
  }

  @Property
  void no_measure_depends_on_the_order_of_the_leads(@ForAll("probabilities") Leads leads, @ForAll long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < leads.scores().length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    double[] scores = new double[order.size()];
    boolean[] won = new boolean[order.size()];
    for (int i = 0; i < order.size(); i++) {
      scores[i] = leads.scores()[order.get(i)];
      won[i] = leads.won()[order.get(i)];
    }
    ScoredOutcomes original = leads.outcomes();
    ScoredOutcomes shuffled = ScoredOutcomes.of(scores, won);

    assertThat(shuffled.auc()).isEqualTo(original.auc());
    assertThat(shuffled.rocCurve()).isEqualTo(original.rocCurve());
    assertThat(shuffled.thresholds()).isEqualTo(original.thresholds());
    assertThat(shuffled.deciles()).isEqualTo(original.deciles());
    List<CalibrationBin> bins = original.calibration(5, Binning.QUANTILE);
    List<CalibrationBin> shuffledBins = shuffled.calibration(5, Binning.QUANTILE);
    assertThat(shuffledBins).hasSameSizeAs(bins);
    for (int b = 0; b < bins.size(); b++) {
      assertThat(shuffledBins.get(b).leads()).isEqualTo(bins.get(b).leads());
      assertThat(shuffledBins.get(b).observedRate()).isEqualTo(bins.get(b).observedRate());
      assertThat(shuffledBins.get(b).meanPredicted()).isCloseTo(bins.get(b).meanPredicted(), within(1e-12));
    }
    assertThat(shuffled.brier()).isCloseTo(original.brier(), within(1e-12));
  }

  @Property
  void the_brier_score_of_probabilities_is_between_0_and_1(@ForAll("probabilities") Leads leads) {
    assertThat(leads.outcomes().brier()).isBetween(0.0, 1.0);
  }

  @Property
  void gain_climbs_to_1_and_the_deciles_hold_every_lead_and_every_won_lead(@ForAll("leads") Leads leads) {
    ScoredOutcomes outcomes = leads.outcomes();
    List<DecileRow> deciles = outcomes.deciles();

    for (int d = 1; d < deciles.size(); d++) {
      assertThat(deciles.get(d).gain()).isGreaterThanOrEqualTo(deciles.get(d - 1).gain() - 1e-12);
    }
    assertThat(deciles.get(9).gain()).isCloseTo(1.0, within(1e-12));
    assertThat(deciles.stream().mapToDouble(DecileRow::leads).sum()).isCloseTo(outcomes.size(), within(1e-9));
    assertThat(deciles.stream().mapToDouble(DecileRow::wonLeads).sum()).isCloseTo(outcomes.wonCount(), within(1e-9));
    assertThat(deciles.get(9).cumulativeLift()).isCloseTo(1.0, within(1e-9));
    assertThat(outcomes.liftAt(0.1)).isCloseTo(deciles.get(0).lift(), within(1e-9));
  }

  @Property
  void calibration_bins_hold_every_lead_once_and_their_means_lie_within_their_range(
      @ForAll("probabilities") Leads leads, @ForAll("binnings") Binning binning, @ForAll @IntRange(min = 1, max = 12) int bins) {
    List<CalibrationBin> calibration = leads.outcomes().calibration(bins, binning);

    assertThat(calibration.stream().mapToInt(CalibrationBin::leads).sum()).isEqualTo(leads.scores().length);
    assertThat(calibration).allSatisfy(bin -> {
      assertThat(bin.leads()).isPositive();
      assertThat(bin.observedRate()).isBetween(0.0, 1.0);
      assertThat(bin.meanPredicted()).isBetween(bin.lower() - 1e-12, bin.upper() + 1e-12);
    });
  }

  @Provide
  Arbitrary<Binning> binnings() {
    return Arbitraries.of(Binning.class);
  }

  @Property
  void the_best_f1_threshold_beats_every_other_and_a_chosen_threshold_reaches_its_precision(
      @ForAll("leads") Leads leads, @ForAll @DoubleRange(min = 0.01, max = 1.0) double target) {
    ScoredOutcomes outcomes = leads.outcomes();
    ThresholdChoice best = outcomes.bestF1Threshold();

    assertThat(outcomes.thresholds()).allSatisfy(t -> assertThat(t.f1()).isLessThanOrEqualTo(best.f1()));
    outcomes.thresholdForPrecision(target).ifPresentOrElse(
        choice -> assertThat(choice.precision()).isGreaterThanOrEqualTo(target),
        () -> assertThat(outcomes.thresholds()).allSatisfy(t -> assertThat(t.precision()).isLessThan(target)));
  }

  @Property
  void the_auc_counts_pairs_with_ties_as_halves(@ForAll("leads") Leads leads) {
    double pairs = 0;
    double wins = 0;
    for (int i = 0; i < leads.scores().length; i++) {
      for (int j = 0; j < leads.scores().length; j++) {
        if (leads.won()[i] && !leads.won()[j]) {
          pairs++;
          wins += leads.scores()[i] > leads.scores()[j] ? 1.0 : leads.scores()[i] == leads.scores()[j] ? 0.5 : 0.0;
        }
      }
    }

    assertThat(leads.outcomes().auc()).isCloseTo(wins / pairs, within(1e-12));
  }

  @Property
  void the_lift_at_a_share_is_its_gain_divided_by_the_share(@ForAll("leads") Leads leads, @ForAll @From("shares") double share) {
    ScoredOutcomes outcomes = leads.outcomes();

    assertThat(outcomes.liftAt(share)).isCloseTo(outcomes.gainAt(share) / share, within(1e-9));
  }

  @Provide
  Arbitrary<Double> shares() {
    return Arbitraries.doubles().between(0.01, 1.0);
  }
}
