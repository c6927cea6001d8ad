package io.crmkit.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.health.MeasureScale.Band;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants of health scores, for any model of up to five measures and any readings. */
class HealthProperties {
  private static final double TOLERANCE = 1e-9;
  private static final List<String> NAMES = List.of("usage", "tickets", "nps", "sponsor", "billing");

  @Property
  void a_health_score_is_within_0_and_100_its_shares_sum_to_it_and_its_grade_holds_it(
      @ForAll("models") HealthModel model, @ForAll("readings") Map<String, Double> values) {
    Optional<HealthScore> score = model.score(HealthReadings.of(known(model, values)));

    score.ifPresent(s -> {
      assertThat(s.score()).isBetween(0.0, 100.0);
      assertThat(s.measures().stream().mapToDouble(MeasureScore::share).sum()).isCloseTo(s.score(), within(TOLERANCE));
      assertThat(s.grade().holds(s.wholeScore())).isTrue();
      assertThat(s.measures().size() + s.missing().size()).isEqualTo(model.measures().size());
    });
    assertThat(score.isPresent()).isEqualTo(!known(model, values).isEmpty());
  }

  @Property
  void a_missing_measure_scores_as_if_the_model_did_not_have_it(
      @ForAll("models") HealthModel model, @ForAll("readings") Map<String, Double> values) {
    Map<String, Double> readings = known(model, values);
    List<HealthMeasure> withValues = new ArrayList<>();
    for (HealthMeasure measure : model.measures()) {
      if (readings.containsKey(measure.name())) {
        withValues.add(measure);
      }
    }
    if (withValues.isEmpty()) {
      return;
    }
    HealthModel without = new HealthModel("Only measured", withValues, model.grades(), List.of(), 0);

    double all = model.score(HealthReadings.of(readings)).orElseThrow().score();
    double only = without.score(HealthReadings.of(readings)).orElseThrow().score();

    assertThat(all).isCloseTo(only, within(TOLERANCE));
  }

  @Property
  void scaling_every_weight_alike_changes_no_score(
      @ForAll("models") HealthModel model,
      @ForAll("readings") Map<String, Double> values,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    List<HealthMeasure> scaled = new ArrayList<>();
    model.measures().forEach(m -> scaled.add(HealthMeasure.of(m.name(), m.weight() * factor, m.scale())));
    HealthModel other = new HealthModel(model.name(), scaled, model.grades(), model.playbooks(), model.steadyWithin());
    HealthReadings readings = HealthReadings.of(known(model, values));

    assertThat(other.score(readings).map(HealthScore::score).orElse(-1.0))
        .isCloseTo(model.score(readings).map(HealthScore::score).orElse(-1.0), within(1e-9));
  }

  @Property
  void the_default_playbooks_fire_exactly_on_becoming_red_or_green(
      @ForAll("models") HealthModel model,
      @ForAll("readings") Map<String, Double> values,
      @ForAll @DoubleRange(min = 0, max = 100) double previous) {
    HealthCheck check = model.evaluate(HealthReadings.of(known(model, values)), previous);

    boolean changed = check.gradeChange().isPresent();
    boolean intoRedOrGreen = check.grade().map(g -> g.equals(HealthGrade.RED) || g.equals(HealthGrade.GREEN)).orElse(false);
    assertThat(check.playbooks().isEmpty()).isEqualTo(!(changed && intoRedOrGreen));
    assertThat(changed).isEqualTo(check.grade().isPresent()
        && !check.grade().get().equals(HealthGrades.defaults().gradeOf(previous)));
  }

  @Property
  void the_trend_follows_the_sign_of_the_change(
      @ForAll("models") HealthModel model,
      @ForAll("readings") Map<String, Double> values,
      @ForAll @DoubleRange(min = 0, max = 100) double previous) {
    HealthCheck check = model.evaluate(HealthReadings.of(known(model, values)), previous);

    if (check.score().isEmpty()) {
      assertThat(check.trend()).isEqualTo(HealthTrend.NOT_SCORED);
      return;
    }
    double change = check.change().getAsDouble();
    assertThat(change).isEqualTo(check.score().get().score() - previous);
    HealthTrend expected = change > 0 ? HealthTrend.IMPROVING : change < 0 ? HealthTrend.DECLINING : HealthTrend.STEADY;
    assertThat(check.trend()).isEqualTo(expected);
  }

  @Property
  void a_linear_scale_is_monotone_from_worst_to_best(
      @ForAll @DoubleRange(min = -1000, max = 1000) double worst,
      @ForAll @DoubleRange(min = -1000, max = 1000) double best,
      @ForAll @DoubleRange(min = -2000, max = 2000) double a,
      @ForAll @DoubleRange(min = -2000, max = 2000) double b) {
    if (worst == best) {
      return;
    }
    MeasureScale scale = MeasureScale.linear(worst, best);
    double towardsBest = best > worst ? Math.max(a, b) : Math.min(a, b);
    double towardsWorst = best > worst ? Math.min(a, b) : Math.max(a, b);

    assertThat(scale.score(towardsBest)).isGreaterThanOrEqualTo(scale.score(towardsWorst));
    assertThat(scale.score(a)).isBetween(0.0, 100.0);
  }

  /** The readings of measures the model has (the generator draws names from a wider pool). */
  private static Map<String, Double> known(HealthModel model, Map<String, Double> values) {
    Map<String, Double> known = new LinkedHashMap<>();
    for (HealthMeasure measure : model.measures()) {
      Double value = values.get(measure.name());
      if (value != null) {
        known.put(measure.name(), value);
      }
    }
    return known;
  }

  @Provide
  Arbitrary<HealthModel> models() {
    Arbitrary<MeasureScale> scales = Arbitraries.oneOf(
        Arbitraries.just(MeasureScale.percent()),
        Combinators.combine(Arbitraries.doubles().between(-100, 100), Arbitraries.doubles().between(-100, 100))
            .filter((w, b) -> !w.equals(b)).as(MeasureScale::linear),
        Arbitraries.just(MeasureScale.bands(Band.of(0, 0), Band.of(1, 60), Band.of(10, 100))));
    Arbitrary<Double> weights = Arbitraries.doubles().between(0.5, 50);
    return Combinators.combine(Arbitraries.integers().between(1, NAMES.size()), scales.list().ofSize(NAMES.size()),
            weights.list().ofSize(NAMES.size()))
        .as((count, s, w) -> {
          HealthModel.Builder builder = HealthModel.builder("Health");
          for (int i = 0; i < count; i++) {
            builder.measure(NAMES.get(i), w.get(i), s.get(i));
          }
          return builder.build();
        });
  }

  @Provide
  Arbitrary<Map<String, Double>> readings() {
    return Arbitraries.maps(Arbitraries.of(NAMES), Arbitraries.doubles().between(-500, 500)).ofMaxSize(NAMES.size());
  }
}
