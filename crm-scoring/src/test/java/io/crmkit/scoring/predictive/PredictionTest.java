package io.crmkit.scoring.predictive;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionTest {
  private static final Prediction PREDICTION = new Prediction(0.62, List.of(
      new Factor("country", "BE", 0.2),
      new Factor("source", "Olark Chat", -1.1),
      new Factor("visits", "12", 0.9),
      new Factor("email", "missing", -0.05)));

  @Test
  void factors_come_strongest_push_first_and_split_into_up_and_down() {
    assertThat(PREDICTION.factors()).extracting(Factor::feature).containsExactly("source", "visits", "country", "email");
    assertThat(PREDICTION.pushingUp(5)).extracting(Factor::feature).containsExactly("visits", "country");
    assertThat(PREDICTION.pushingUp(1)).extracting(Factor::feature).containsExactly("visits");
    assertThat(PREDICTION.pushingDown(5)).extracting(Factor::feature).containsExactly("source", "email");
    assertThat(PREDICTION.percent()).isCloseTo(62.0, within(1e-9));
  }

  @Test
  void a_factor_reads_as_an_odds_ratio() {
    assertThat(new Factor("source", "Reference", Math.log(3)).oddsRatio()).isCloseTo(3.0, within(1e-12));
  }

  @Test
  void a_probability_outside_0_to_1_and_a_push_that_is_not_finite_are_refused() {
    assertRejected("prediction.probability", "range", () -> new Prediction(1.01, List.of()));
    assertRejected("prediction.probability", "range", () -> new Prediction(Double.NaN, List.of()));
    assertRejected("factor.logOdds", "finite", () -> new Factor("source", "Web", Double.NEGATIVE_INFINITY));
    assertRejected("factor.feature", "required", () -> new Factor(" ", "Web", 0.1));
  }
}
