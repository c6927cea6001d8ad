package io.crmkit.identity.febrl;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.identity.evaluate.Evaluation;
import io.crmkit.identity.match.Estimation;
import io.crmkit.identity.match.IdentityMatcher;
import io.crmkit.identity.match.MatchRun;
import io.crmkit.identity.match.MatchSettings;
import io.crmkit.identity.record.IdentityRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bar of /work/shared/reference/identity.md on the FEBRL data sets: without labels (the model is
 * trained by expectation maximisation; the truth from rec_id is given to the evaluation only),
 * pair F1 of the clusters at least 0.99 and pair completeness of the blocking at least 0.995.
 */
class FebrlTest {
  private static final IdentityMatcher MATCHER = IdentityMatcher.of(Febrl.settings());

  private static Evaluation deduplicated(String file, IdentityMatcher matcher) {
    List<IdentityRecord> records = Febrl.read(file);
    MatchRun run = matcher.deduplicate(records);
    return Evaluation.of(run, Febrl.truth(records));
  }

  private static void assertMeetsTheBar(Evaluation evaluation, long truePairs) {
    assertThat(evaluation.clusters().truePairs()).isEqualTo(truePairs);
    assertThat(evaluation.clusters().f1()).as(evaluation.describe()).isGreaterThanOrEqualTo(0.99);
    assertThat(evaluation.clusters().precision()).as(evaluation.describe()).isGreaterThanOrEqualTo(0.99);
    assertThat(evaluation.clusters().recall()).as(evaluation.describe()).isGreaterThanOrEqualTo(0.99);
    assertThat(evaluation.blocking().pairCompleteness()).as(evaluation.describe()).isGreaterThanOrEqualTo(0.995);
    assertThat(evaluation.blocking().reductionRatio()).as(evaluation.describe()).isGreaterThan(0.99);
  }

  @Test
  void febrl1_is_deduplicated_to_the_bar() {
    assertMeetsTheBar(deduplicated("dataset1.csv", MATCHER), 500);
  }

  @Test
  void febrl2_is_deduplicated_to_the_bar() {
    assertMeetsTheBar(deduplicated("dataset2.csv", MATCHER), 1_934);
  }

  @Test
  void febrl3_is_deduplicated_to_the_bar() {
    assertMeetsTheBar(deduplicated("dataset3.csv", MATCHER), 6_538);
  }

  @Test
  void febrl4_is_linked_to_the_bar() {
    List<IdentityRecord> left = Febrl.read("dataset4a.csv");
    List<IdentityRecord> right = Febrl.read("dataset4b.csv");
    List<IdentityRecord> all = new ArrayList<>(left);
    all.addAll(right);

    MatchRun run = MATCHER.link(left, right);
    Evaluation evaluation = Evaluation.of(run, Febrl.truth(all));

    assertMeetsTheBar(evaluation, 5_000);
    assertThat(run.clusters().records()).isEqualTo(10_000);
  }

  @Test
  void the_classic_ecm_on_candidate_pairs_also_reaches_the_bar_on_febrl3() {
    MatchSettings settings = Febrl.settings();
    IdentityMatcher ecm = IdentityMatcher.of(MatchSettings.builder().from(settings)
        .training(settings.training().with(Estimation.CANDIDATE_PAIRS)).build());

    assertMeetsTheBar(deduplicated("dataset3.csv", ecm), 6_538);
  }
}
