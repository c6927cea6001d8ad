package io.crmkit.scoring.health;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.scoring.health.HealthFixtures.aHealthModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.health.MeasureScale.Band;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Customer health: weighted measures, missing ones left out, grades, trends and playbooks. */
class HealthModelTest {
  private static final HealthModel MODEL = aHealthModel().build();

  private static HealthReadings readings(double usage, double tickets, double nps, double sponsor) {
    return HealthReadings.none()
        .with("product usage", usage).with("support tickets", tickets).with("nps", nps).with("executive sponsor", sponsor);
  }

  @Test
  void the_score_is_the_weighted_mean_of_the_measures_mapped_to_0_to_100() {
    HealthScore score = MODEL.score(readings(80, 5, 40, 1)).orElseThrow();

    // usage 80, tickets 75, nps 70, sponsor 100: (40*80 + 20*75 + 20*70 + 20*100) / 100
    assertThat(score.score()).isCloseTo(81, within(1e-9));
    assertThat(score.grade()).isEqualTo(HealthGrade.GREEN);
    assertThat(score.measures()).extracting(MeasureScore::score).containsExactly(80.0, 75.0, 70.0, 100.0);
    assertThat(score.measures().get(0).share()).isCloseTo(32, within(1e-9));
    assertThat(score.missing()).isEmpty();
  }

  @Test
  void a_missing_measure_is_left_out_not_counted_as_zero() {
    HealthScore score = MODEL.score(HealthReadings.none().with("product usage", 80).with("nps", 40)).orElseThrow();

    // (40*80 + 20*70) / 60
    assertThat(score.score()).isCloseTo(76.666_666_666, within(1e-6));
    assertThat(score.grade()).isEqualTo(HealthGrade.GREEN);
    assertThat(score.missing()).containsExactly("support tickets", "executive sponsor");
  }

  @Test
  void without_any_value_there_is_no_score() {
    HealthCheck check = MODEL.evaluate(HealthReadings.none(), 60);

    assertThat(check.score()).isEmpty();
    assertThat(check.trend()).isEqualTo(HealthTrend.NOT_SCORED);
    assertThat(check.gradeChange()).isEmpty();
    assertThat(check.tasks()).isEmpty();
    assertThat(MODEL.evaluate(HealthReadings.none()).trend()).isEqualTo(HealthTrend.NOT_SCORED);
  }

  @Test
  void grades_are_red_to_50_yellow_to_75_green_to_100_by_the_rounded_score() {
    HealthGrades grades = HealthGrades.defaults();

    assertThat(grades.gradeOf(0)).isEqualTo(HealthGrade.RED);
    assertThat(grades.gradeOf(50.49)).isEqualTo(HealthGrade.RED);
    assertThat(grades.gradeOf(50.5)).isEqualTo(HealthGrade.YELLOW);
    assertThat(grades.gradeOf(75)).isEqualTo(HealthGrade.YELLOW);
    assertThat(grades.gradeOf(76)).isEqualTo(HealthGrade.GREEN);
    assertThat(grades.gradeOf(100)).isEqualTo(HealthGrade.GREEN);
    assertThat(grades.grade(" Yellow ")).contains(HealthGrade.YELLOW);
  }

  @Test
  void the_first_check_has_no_trend_and_triggers_nothing() {
    HealthCheck check = MODEL.evaluate(readings(10, 20, -100, 0));

    assertThat(check.grade()).contains(HealthGrade.RED);
    assertThat(check.trend()).isEqualTo(HealthTrend.FIRST_SCORE);
    assertThat(check.playbooks()).isEmpty();
    assertThat(check.previousScore()).isEmpty();
  }

  @Test
  void falling_into_red_triggers_the_rescue_playbook_as_tasks_for_the_host() {
    HealthCheck check = MODEL.evaluate(readings(30, 15, -20, 0), 62);

    assertThat(check.trend()).isEqualTo(HealthTrend.DECLINING);
    assertThat(check.change().getAsDouble()).isCloseTo(25 - 62, within(1e-9));
    assertThat(check.gradeChange()).contains(new GradeChange(HealthGrade.YELLOW, HealthGrade.RED));
    assertThat(check.gradeChange().orElseThrow().isImprovement()).isFalse();
    assertThat(check.playbooks()).extracting(Playbook::name).containsExactly("Rescue");
    assertThat(check.tasks()).containsExactly(
        PlaybookTask.of("Director call with the customer's sponsor", Playbook.DIRECTOR, 2),
        PlaybookTask.of("Review outcomes against what was promised", Playbook.CUSTOMER_SUCCESS_MANAGER, 5),
        PlaybookTask.of("Write the next quarter's plan together with the customer", Playbook.CUSTOMER_SUCCESS_MANAGER, 14));
  }

  @Test
  void rising_into_green_triggers_expansion_mapping_and_a_referral_ask() {
    HealthCheck check = MODEL.evaluate(readings(90, 2, 60, 1), 70);

    assertThat(check.trend()).isEqualTo(HealthTrend.IMPROVING);
    assertThat(check.gradeChange().orElseThrow().isImprovement()).isTrue();
    assertThat(check.tasks()).extracting(PlaybookTask::title).containsExactly("Map expansion opportunities", "Ask for a referral");
  }

  @Test
  void moving_into_yellow_or_staying_in_a_grade_triggers_no_default_playbook() {
    assertThat(MODEL.evaluate(readings(60, 10, 0, 1), 90).playbooks()).isEmpty();
    assertThat(MODEL.evaluate(readings(60, 10, 0, 1), 90).gradeChange()).isPresent();
    HealthCheck same = MODEL.evaluate(readings(80, 5, 40, 1), 95);
    assertThat(same.gradeChange()).isEmpty();
    assertThat(same.trend()).isEqualTo(HealthTrend.DECLINING);
  }

  @Test
  void a_move_within_the_steady_band_is_steady() {
    HealthModel model = aHealthModel().steadyWithin(5).build();

    assertThat(model.evaluate(readings(80, 5, 40, 1), 76).trend()).isEqualTo(HealthTrend.STEADY);
    assertThat(model.evaluate(readings(80, 5, 40, 1), 86).trend()).isEqualTo(HealthTrend.STEADY);
    assertThat(model.evaluate(readings(80, 5, 40, 1), 75.9).trend()).isEqualTo(HealthTrend.IMPROVING);
    assertThat(MODEL.evaluate(readings(80, 5, 40, 1), 81).trend()).isEqualTo(HealthTrend.STEADY);
  }

  @Test
  void a_playbook_for_one_change_only_fires_on_that_change() {
    HealthModel model = aHealthModel()
        .playbooks(Playbook.whenChanging("green", "yellow", "Early warning",
            PlaybookTask.of("Check in with the champion", Playbook.CUSTOMER_SUCCESS_MANAGER, 3)))
        .build();

    assertThat(model.evaluate(readings(60, 10, 0, 1), 90).tasks()).extracting(PlaybookTask::title)
        .containsExactly("Check in with the champion");
    assertThat(model.evaluate(readings(60, 10, 0, 1), 20).tasks()).as("from red, not green").isEmpty();
  }

  @Test
  void grades_of_ones_own_cover_0_to_100() {
    HealthModel model = aHealthModel()
        .grades(HealthGrade.of("at risk", 0, 39), HealthGrade.of("neutral", 40, 69), HealthGrade.of("healthy", 70, 100))
        .playbooks(Playbook.whenBecoming("at risk", "Save", PlaybookTask.of("Call", "owner", 1)))
        .build();

    assertThat(model.score(readings(80, 5, 40, 1)).orElseThrow().grade().name()).isEqualTo("healthy");
    assertThat(model.evaluate(readings(10, 20, -100, 0), 50).tasks()).hasSize(1);
  }

  @Test
  void scales_map_raw_values_to_0_to_100() {
    assertThat(MeasureScale.linear(20, 0).score(25)).isZero();
    assertThat(MeasureScale.linear(20, 0).score(5)).isEqualTo(75);
    assertThat(MeasureScale.linear(-100, 100).score(0)).isEqualTo(50);
    assertThat(MeasureScale.percent().score(140)).isEqualTo(100);
    MeasureScale logins = MeasureScale.bands(Band.of(0, 10), Band.of(5, 50), Band.of(20, 100));
    assertThat(logins.score(-3)).isEqualTo(10);
    assertThat(logins.score(4.9)).isEqualTo(10);
    assertThat(logins.score(5)).isEqualTo(50);
    assertThat(logins.score(1000)).isEqualTo(100);
    assertThat(logins.describe()).isEqualTo("10 from 0, 50 from 5, 100 from 20");
    assertThat(MeasureScale.linear(20, 0).describe()).isEqualTo("0 at 20, 100 at 0");
  }

  @Test
  void a_measure_read_by_another_spelling_of_its_name_counts() {
    HealthScore score = MODEL.score(HealthReadings.of(Map.of("Product  Usage", 50.0))).orElseThrow();

    assertThat(score.score()).isEqualTo(50);
  }

  @Test
  void the_model_refuses_bad_parts_by_name() {
    assertRejected("healthModel.measures", "required", () -> HealthModel.builder("Empty").build());
    assertRejected("healthModel.measures[1].name", "duplicate",
        () -> HealthModel.builder("Twice").measure("nps", 1, MeasureScale.percent()).measure("NPS", 1, MeasureScale.percent()).build());
    assertRejected("measure.weight", "range", () -> HealthModel.builder("x").measure("nps", 0, MeasureScale.percent()));
    assertRejected("measure.weight", "range", () -> HealthMeasure.of("nps", Double.POSITIVE_INFINITY, MeasureScale.percent()));
    assertRejected("measure.scale", "required", () -> HealthMeasure.of("nps", 1, null));
    assertRejected("healthModel.playbooks[0].to", "unknown-grade",
        () -> aHealthModel().playbooks(Playbook.whenBecoming("amber", "x", PlaybookTask.of("t", "o", 1))).build());
    assertRejected("healthModel.playbooks[0].from", "unknown-grade",
        () -> aHealthModel().playbooks(Playbook.whenChanging("amber", "red", "x", PlaybookTask.of("t", "o", 1))).build());
    assertRejected("healthModel.steadyWithin", "range", () -> aHealthModel().steadyWithin(-1).build());
    assertRejected("healthModel.name", "required", () -> HealthModel.builder(" ").measure("nps", 1, MeasureScale.percent()).build());
  }

  @Test
  void grades_with_a_gap_an_overlap_or_short_of_100_are_refused() {
    assertRejected("healthGrades.grades[1].from", "gap", () -> HealthGrades.of(HealthGrade.of("a", 0, 49), HealthGrade.of("b", 51, 100)));
    assertRejected("healthGrades.grades[1].from", "overlap", () -> HealthGrades.of(HealthGrade.of("a", 0, 50), HealthGrade.of("b", 50, 100)));
    assertRejected("healthGrades.grades[0].from", "coverage", () -> HealthGrades.of(HealthGrade.of("a", 1, 100)));
    assertRejected("healthGrades.grades[1].to", "coverage", () -> HealthGrades.of(HealthGrade.of("a", 0, 50), HealthGrade.of("b", 51, 99)));
    assertRejected("healthGrades.grades[1].name", "duplicate", () -> HealthGrades.of(HealthGrade.of("a", 0, 50), HealthGrade.of("A", 51, 100)));
    assertRejected("healthGrades.grades", "required", () -> HealthGrades.of());
    assertRejected("healthGrade.to", "range", () -> HealthGrade.of("a", 50, 40));
    assertRejected("healthGrade.from", "range", () -> HealthGrade.of("a", -1, 40));
  }

  @Test
  void scales_tasks_and_playbooks_refuse_bad_parts_by_name() {
    assertRejected("scale.best", "distinct", () -> MeasureScale.linear(5, 5));
    assertRejected("scale.worst", "finite", () -> MeasureScale.linear(Double.NaN, 5));
    assertRejected("scale.bands", "required", () -> MeasureScale.bands());
    assertRejected("scale.bands[1].from", "order", () -> MeasureScale.bands(Band.of(5, 0), Band.of(5, 100)));
    assertRejected("band.score", "range", () -> Band.of(0, 101));
    assertRejected("playbookTask.dueInDays", "range", () -> PlaybookTask.of("Call", "owner", -1));
    assertRejected("playbookTask.ownerRole", "required", () -> PlaybookTask.of("Call", " ", 1));
    assertRejected("playbook.tasks", "required", () -> Playbook.whenBecoming("red", "Empty"));
    assertRejected("playbook.from", "same-grade", () -> Playbook.whenChanging("red", "Red", "Loop", PlaybookTask.of("t", "o", 1)));
    assertRejected("playbook.from", "required", () -> new Playbook("x", null, "red", List.of(PlaybookTask.of("t", "o", 1))));
  }

  @Test
  void readings_refuse_unknown_measures_and_values_that_are_not_numbers() {
    var unknown = assertRejected("healthReadings.logins", "unknown-measure",
        () -> MODEL.score(HealthReadings.none().with("logins", 3)));
    assertThat(unknown.getMessage()).contains("product usage, support tickets, nps, executive sponsor");
    assertRejected("healthReadings.nps", "finite", () -> HealthReadings.none().with("nps", Double.NaN));
    assertRejected("healthReadings.name", "required", () -> HealthReadings.none().with(" ", 1));
    assertRejected("healthReadings.NPS", "duplicate", () -> HealthReadings.none().with("nps", 1).with(" NPS ", 2));
    assertRejected("previousScore", "range", () -> MODEL.evaluate(readings(1, 1, 1, 1), 101));
    assertRejected("readings", "required", () -> MODEL.score(null));
  }

  @Test
  void a_check_with_playbooks_but_no_change_of_grade_is_refused() {
    assertRejected("healthCheck.playbooks", "no-change", () -> new HealthCheck(Optional.empty(),
        java.util.OptionalDouble.empty(), HealthTrend.NOT_SCORED, java.util.OptionalDouble.empty(), Optional.empty(),
        Playbook.defaults()));
    assertRejected("gradeChange.to", "same-grade", () -> new GradeChange(HealthGrade.RED, HealthGrade.RED));
  }
}
