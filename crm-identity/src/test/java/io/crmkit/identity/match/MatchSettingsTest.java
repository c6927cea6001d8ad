package io.crmkit.identity.match;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.identity.block.KeyPart.exact;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.compare.Comparisons;
import io.crmkit.identity.normalise.Normaliser;
import org.junit.jupiter.api.Test;

class MatchSettingsTest {

  private static MatchSettings.Builder settings() {
    return MatchSettings.builder()
        .addComparison(Comparisons.name("first_name"))
        .addComparison(Comparisons.email("email"))
        .addBlockingRule(BlockingRule.on(exact("first_name")));
  }

  @Test
  void defaults_are_stated() {
    MatchSettings settings = settings().build();

    assertThat(settings.thresholds()).isEqualTo(Thresholds.of(0.5, 0.9));
    assertThat(settings.maxClusterSize()).isEqualTo(50);
    assertThat(settings.training()).isEqualTo(TrainingOptions.DEFAULT);
    assertThat(settings.training().estimation()).isEqualTo(Estimation.BLOCKING_SESSIONS);
    assertThat(settings.deterministicRules()).isEmpty();
  }

  @Test
  void deterministic_rules_block_ahead_of_the_blocking_rules() {
    MatchSettings settings = settings().addDeterministicRule(DeterministicRule.exact("device_id")).build();

    assertThat(settings.effectiveBlockingRules()).extracting(BlockingRule::name)
        .containsExactly("rule: exact device_id", "first_name");
    assertThat(settings.fields()).containsExactly("first_name", "email", "device_id");
  }

  @Test
  void a_field_is_normalised_by_its_first_comparison_or_as_text() {
    MatchSettings settings = settings().build();

    assertThat(settings.normaliserOf("email")).isEqualTo(Normaliser.email());
    assertThat(settings.normaliserOf("device_id")).isEqualTo(Normaliser.text());
  }

  @Test
  void settings_need_a_comparison_and_a_blocking_rule() {
    assertRejected("settings.comparisons", "required",
        () -> MatchSettings.builder().addBlockingRule(BlockingRule.on(exact("a"))).build());
    assertRejected("settings.blockingRules", "required",
        () -> MatchSettings.builder().addComparison(Comparisons.name("a")).build());
  }

  @Test
  void names_are_unique() {
    assertRejected("settings.comparisons", "unique", () -> settings().addComparison(Comparisons.text("email")).build());
    assertRejected("settings.blockingRules", "unique",
        () -> settings().addBlockingRule(BlockingRule.on(exact("first_name"))).build());
  }

  @Test
  void the_cluster_cap_is_two_or_more() {
    assertRejected("settings.maxClusterSize", "range", () -> settings().maxClusterSize(1).build());
  }

  @Test
  void thresholds_are_probabilities_review_at_most_match() {
    assertRejected("thresholds.match", "range", () -> Thresholds.of(0.5, 1.0));
    assertRejected("thresholds.match", "range", () -> Thresholds.of(0.5, Double.NaN));
    assertRejected("thresholds.review", "range", () -> Thresholds.of(0.95, 0.9));
    assertRejected("thresholds.review", "range", () -> Thresholds.of(0.0, 0.9));
  }

  @Test
  void thresholds_decide_by_probability() {
    Thresholds thresholds = Thresholds.of(0.5, 0.9);

    assertThat(thresholds.decide(0.95)).isEqualTo(Decision.MATCH);
    assertThat(thresholds.decide(0.9)).isEqualTo(Decision.MATCH);
    assertThat(thresholds.decide(0.6)).isEqualTo(Decision.REVIEW);
    assertThat(thresholds.decide(0.2)).isEqualTo(Decision.NON_MATCH);
    assertThat(Thresholds.of(0.9, 0.9).decide(0.6)).isEqualTo(Decision.NON_MATCH);
    assertThat(thresholds.reviewWeight()).isEqualTo(0.0);
    assertThat(FellegiSunterModel.probabilityOf(thresholds.matchWeight())).isEqualTo(0.9, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void training_options_are_checked() {
    assertRejected("training.randomPairs", "range", () -> TrainingOptions.DEFAULT.withRandomPairs(0));
    assertRejected("training.maxIterations", "range", () -> new TrainingOptions(10, 0, 1e-6, 1, Estimation.CANDIDATE_PAIRS));
    assertRejected("training.tolerance", "range", () -> new TrainingOptions(10, 5, 0, 1, Estimation.CANDIDATE_PAIRS));
    assertRejected("training.estimation", "required", () -> new TrainingOptions(10, 5, 1e-6, 1, null));
  }

  @Test
  void deterministic_rules_need_fields() {
    assertRejected("deterministicRule.fields", "required", () -> DeterministicRule.exact());
    assertThat(DeterministicRule.exact("email", "email").fields()).containsExactly("email");
  }
}
