package io.crmkit.scoring.health;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A customer health model: weighted measures each mapped to 0..100, grades by range (red, yellow,
 * green unless told otherwise), playbooks triggered on a change of grade, and the band within which a
 * move of the score counts as steady.
 *
 * <pre>{@code
 * HealthModel health = HealthModel.builder("Customer health")
 *     .measure("product usage", 40, MeasureScale.percent())          // % of seats active
 *     .measure("support tickets", 20, MeasureScale.linear(20, 0))    // 20 open tickets or more: 0
 *     .measure("nps", 20, MeasureScale.linear(-100, 100))
 *     .measure("executive sponsor", 20, MeasureScale.bands(Band.of(0, 0), Band.of(1, 100)))
 *     .build();                                                      // default grades and playbooks
 * HealthCheck check = health.evaluate(readings, previousScore);
 * check.tasks().forEach(host::createTask);
 * }</pre>
 *
 * <p>score = {@code sum(w_i x_i) / sum(w_i)} over the measures that have a value; a missing measure
 * is left out, not counted as zero. The first score changes no grade and triggers no playbook.
 *
 * @param name the model's name, white space folded
 * @param measures the measures, in order; at least one, names unique ignoring case
 * @param grades the grades
 * @param playbooks the playbooks; the grades they name are grades of the model
 * @param steadyWithin how many points a score may move and still count as steady, 0 to 100
 */
public record HealthModel(
    String name, List<HealthMeasure> measures, HealthGrades grades, List<Playbook> playbooks, double steadyWithin) {

  /**
   * Checks the model.
   *
   * @throws CrmValidationException naming {@code healthModel.<part>}: {@code required},
   *     {@code duplicate} for a measure named twice, {@code unknown-grade} for a playbook grade the
   *     model does not have, {@code range} for a steady band outside 0..100
   */
  public HealthModel {
    name = Texts.required("healthModel.name", name);
    CrmValidationException.required("healthModel.measures", measures);
    if (measures.isEmpty()) {
      throw CrmValidationException.of("healthModel.measures", "required", "[]", "a model has at least one measure");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < measures.size(); i++) {
      HealthMeasure measure = CrmValidationException.required("healthModel.measures[" + i + "]", measures.get(i));
      Integer first = seen.putIfAbsent(Texts.key("measure", measure.name()), i);
      if (first != null) {
        throw CrmValidationException.of("healthModel.measures[" + i + "].name", "duplicate", measure.name(),
            "measure '" + measure.name() + "' is already measures[" + first + "]");
      }
    }
    measures = List.copyOf(measures);
    CrmValidationException.required("healthModel.grades", grades);
    CrmValidationException.required("healthModel.playbooks", playbooks);
    for (int i = 0; i < playbooks.size(); i++) {
      Playbook playbook = CrmValidationException.required("healthModel.playbooks[" + i + "]", playbooks.get(i));
      checkGrade(grades, "healthModel.playbooks[" + i + "].to", playbook.to());
      int index = i;
      playbook.from().ifPresent(from -> checkGrade(grades, "healthModel.playbooks[" + index + "].from", from));
    }
    playbooks = List.copyOf(playbooks);
    if (!(steadyWithin >= 0 && steadyWithin <= 100)) {
      throw CrmValidationException.of("healthModel.steadyWithin", "range", steadyWithin, "from 0 to 100 points");
    }
  }

  private static void checkGrade(HealthGrades grades, String field, String grade) {
    if (grades.grade(grade).isEmpty()) {
      List<String> names = new ArrayList<>();
      grades.grades().forEach(g -> names.add(g.name()));
      throw CrmValidationException.of(field, "unknown-grade", grade, "the model's grades are " + String.join(", ", names));
    }
  }

  /** A model to fill: default grades (red 0-50, yellow 51-75, green 76-100) and playbooks, any move a trend. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The sum of the weights of all measures. */
  public double totalWeight() {
    double total = 0;
    for (HealthMeasure measure : measures) {
      total += measure.weight();
    }
    return total;
  }

  /**
   * The health score of the readings; empty when no measure has a value.
   *
   * @throws CrmValidationException naming {@code healthReadings.<name>} with rule
   *     {@code unknown-measure} for a reading of a measure the model does not have
   */
  public Optional<HealthScore> score(HealthReadings readings) {
    CrmValidationException.required("readings", readings);
    checkKnown(readings);
    double[] values = new double[measures.size()];
    double[] scores = new double[measures.size()];
    boolean[] present = new boolean[measures.size()];
    double weights = 0;
    double weighted = 0;
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      HealthMeasure measure = measures.get(i);
      OptionalDouble value = readings.value(measure.name());
      if (value.isEmpty()) {
        missing.add(measure.name());
        continue;
      }
      present[i] = true;
      values[i] = value.getAsDouble();
      scores[i] = measure.scale().score(values[i]);
      weights += measure.weight();
      weighted += measure.weight() * scores[i];
    }
    if (weights == 0) {
      return Optional.empty();
    }
    List<MeasureScore> parts = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      if (present[i]) {
        HealthMeasure measure = measures.get(i);
        parts.add(new MeasureScore(measure.name(), values[i], scores[i], measure.weight(),
            measure.weight() * scores[i] / weights));
      }
    }
    double score = Math.min(100, Math.max(0, weighted / weights));
    return Optional.of(new HealthScore(score, grades.gradeOf(score), parts, missing));
  }

  /** Evaluates a first health check: the score, with no trend and no playbook. */
  public HealthCheck evaluate(HealthReadings readings) {
    Optional<HealthScore> score = score(readings);
    return new HealthCheck(score, OptionalDouble.empty(), score.isPresent() ? HealthTrend.FIRST_SCORE : HealthTrend.NOT_SCORED,
        OptionalDouble.empty(), Optional.empty(), List.of());
  }

  /**
   * Evaluates a health check against the previous score: the trend, the change of grade (the
   * previous score graded by this model) and the playbooks it triggers.
   *
   * @param previousScore the previous health score, 0 to 100
   * @throws CrmValidationException naming {@code previousScore} (range) or as {@link #score}
   */
  public HealthCheck evaluate(HealthReadings readings, double previousScore) {
    if (!(previousScore >= 0 && previousScore <= 100)) {
      throw CrmValidationException.of("previousScore", "range", previousScore, "a health score is from 0 to 100");
    }
    Optional<HealthScore> score = score(readings);
    if (score.isEmpty()) {
      return new HealthCheck(score, OptionalDouble.of(previousScore), HealthTrend.NOT_SCORED, OptionalDouble.empty(),
          Optional.empty(), List.of());
    }
    double change = score.get().score() - previousScore;
    HealthTrend trend = change > steadyWithin ? HealthTrend.IMPROVING
        : change < -steadyWithin ? HealthTrend.DECLINING : HealthTrend.STEADY;
    HealthGrade before = grades.gradeOf(previousScore);
    HealthGrade now = score.get().grade();
    if (before.equals(now)) {
      return new HealthCheck(score, OptionalDouble.of(previousScore), trend, OptionalDouble.of(change), Optional.empty(),
          List.of());
    }
    List<Playbook> triggered = new ArrayList<>();
    for (Playbook playbook : playbooks) {
      if (playbook.triggeredBy(before.name(), now.name())) {
        triggered.add(playbook);
      }
    }
    return new HealthCheck(score, OptionalDouble.of(previousScore), trend, OptionalDouble.of(change),
        Optional.of(new GradeChange(before, now)), triggered);
  }

  private void checkKnown(HealthReadings readings) {
    for (String name : readings.values().keySet()) {
      boolean known = false;
      for (HealthMeasure measure : measures) {
        known |= measure.name().equalsIgnoreCase(name);
      }
      if (!known) {
        List<String> names = new ArrayList<>();
        measures.forEach(m -> names.add(m.name()));
        throw CrmValidationException.of("healthReadings." + name, "unknown-measure", name,
            "the model's measures are " + String.join(", ", names));
      }
    }
  }

  /** Builds a {@link HealthModel}. */
  public static final class Builder {
    private final String name;
    private final List<HealthMeasure> measures = new ArrayList<>();
    private HealthGrades grades = HealthGrades.defaults();
    private List<Playbook> playbooks = Playbook.defaults();
    private double steadyWithin;

    private Builder(String name) {
      this.name = name;
    }

    /** Adds a measure. */
    public Builder measure(String name, double weight, MeasureScale scale) {
      measures.add(HealthMeasure.of(name, weight, scale));
      return this;
    }

    /** The grades, replacing the defaults. */
    public Builder grades(HealthGrade... grades) {
      this.grades = HealthGrades.of(grades);
      return this;
    }

    /** The playbooks, replacing the defaults; none to trigger nothing. */
    public Builder playbooks(Playbook... playbooks) {
      this.playbooks = List.of(CrmValidationException.required("healthModel.playbooks", playbooks));
      return this;
    }

    /** How many points a score may move and still count as steady; 0 unless set. */
    public Builder steadyWithin(double points) {
      this.steadyWithin = points;
      return this;
    }

    /** The model; checked as {@link HealthModel#HealthModel} says. */
    public HealthModel build() {
      return new HealthModel(name, measures, grades, playbooks, steadyWithin);
    }
  }
}
