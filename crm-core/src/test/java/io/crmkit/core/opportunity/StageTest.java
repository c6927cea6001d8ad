package io.crmkit.core.opportunity;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTest {

  @Test
  void the_defaults_run_from_discovery_to_closed_lost_with_open_ones_first() {
    assertThat(Stage.defaults()).extracting(Stage::name)
        .containsExactly("Discovery", "Solution fit", "Proposal", "Commit", "Closed won", "Closed lost");
    assertThat(Stage.defaults().subList(0, 4)).noneMatch(Stage::isClosed);
    assertThat(Stage.CLOSED_WON.isWon()).isTrue();
    assertThat(Stage.CLOSED_LOST.isWon()).isFalse();
    assertThat(Stage.CLOSED_LOST.isClosed()).isTrue();
  }

  @Test
  void a_stage_prints_as_its_name() {
    assertThat(Stage.SOLUTION_FIT).hasToString("Solution fit");
  }

  @Test
  void a_stage_without_outcome_or_forecast_category_is_rejected() {
    assertRejected(() -> new Stage("Proposal", null, 60, ForecastCategory.BEST_CASE), "stage.outcome", "required");
    assertRejected(() -> new Stage("Proposal", StageOutcome.OPEN, 60, null), "stage.forecastCategory", "required");
  }

  @Test
  void a_probability_of_101_is_rejected() {
    assertRejected(() -> new Stage("Proposal", StageOutcome.OPEN, 101, ForecastCategory.BEST_CASE),
        "stage.probability", "range");
  }
}
