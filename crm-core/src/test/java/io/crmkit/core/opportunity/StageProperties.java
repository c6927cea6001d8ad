package io.crmkit.core.opportunity;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class StageProperties {

  @Property
  void normalisation_is_idempotent(@ForAll("stages") Stage stage) {
    assertThat(new Stage(stage.name(), stage.outcome(), stage.probability(), stage.forecastCategory())).isEqualTo(stage);
  }

  @Property
  void names_equal_up_to_white_space_give_equal_stages(@ForAll("stages") Stage stage, @ForAll("spaces") String padding) {
    Stage typed = new Stage(padding + stage.name().replace(" ", "  ") + padding, stage.outcome(), stage.probability(),
        stage.forecastCategory());

    assertThat(typed).isEqualTo(stage);
  }

  @Property
  void closed_means_won_or_lost(@ForAll("stages") Stage stage) {
    assertThat(stage.isClosed()).isEqualTo(stage.outcome() != StageOutcome.OPEN);
    assertThat(stage.isWon()).isEqualTo(stage.outcome() == StageOutcome.WON);
  }

  @Property
  void a_probability_outside_0_to_100_is_rejected(@ForAll("outOfRange") int probability) {
    assertRejected(() -> new Stage("Proposal", StageOutcome.OPEN, probability, ForecastCategory.BEST_CASE),
        "stage.probability", "range");
  }

  @Property
  void a_won_stage_below_100_percent_is_rejected(@ForAll @IntRange(min = 0, max = 99) int probability) {
    assertRejected(() -> new Stage("Closed won", StageOutcome.WON, probability, ForecastCategory.CLOSED),
        "stage.probability", "won");
  }

  @Property
  void a_lost_stage_above_0_percent_is_rejected(@ForAll @IntRange(min = 1, max = 100) int probability) {
    assertRejected(() -> new Stage("Closed lost", StageOutcome.LOST, probability, ForecastCategory.OMITTED),
        "stage.probability", "lost");
  }

  @Property
  void a_blank_name_is_rejected(@ForAll("spaces") String blank) {
    assertRejected(() -> new Stage(blank, StageOutcome.OPEN, 10, ForecastCategory.PIPELINE), "stage.name", "required");
  }

  @Provide
  Arbitrary<Stage> stages() {
    return ValueArbitraries.stages();
  }

  @Provide
  Arbitrary<String> spaces() {
    return ValueArbitraries.spaces();
  }

  @Provide
  Arbitrary<Integer> outOfRange() {
    return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1), Arbitraries.integers().greaterOrEqual(101));
  }
}
