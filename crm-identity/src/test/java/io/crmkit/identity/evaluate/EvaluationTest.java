package io.crmkit.identity.evaluate;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.identity.febrl.Febrl;
import io.crmkit.identity.match.IdentityMatcher;
import io.crmkit.identity.match.MatchRun;
import io.crmkit.identity.record.IdentityRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void pair_metrics_follow_their_definitions() {
    PairMetrics metrics = new PairMetrics(10, 8, 6);

    assertThat(metrics.precision()).isEqualTo(0.75);
    assertThat(metrics.recall()).isEqualTo(0.6);
    assertThat(metrics.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
    assertThat(metrics.describe()).isEqualTo("precision 0.7500, recall 0.6000, F1 0.6667 (8 predicted, 6 correct, 10 true)");
  }

  @Test
  void nothing_predicted_and_nothing_true_are_not_divisions_by_zero() {
    assertThat(new PairMetrics(0, 0, 0).f1()).isEqualTo(1.0);
    assertThat(new PairMetrics(5, 0, 0).precision()).isEqualTo(1.0);
    assertThat(new PairMetrics(5, 0, 0).recall()).isZero();
    assertThat(new PairMetrics(0, 3, 0).f1()).isZero();
  }

  @Test
  void blocking_metrics_follow_their_definitions() {
    BlockingMetrics metrics = new BlockingMetrics(100, 1_000, 99, 100_000);

    assertThat(metrics.pairCompleteness()).isEqualTo(0.99);
    assertThat(metrics.reductionRatio()).isEqualTo(0.99);
    assertThat(new BlockingMetrics(0, 0, 0, 0).pairCompleteness()).isEqualTo(1.0);
    assertThat(new BlockingMetrics(0, 0, 0, 0).reductionRatio()).isEqualTo(1.0);
  }

  @Test
  void truth_counts_pairs_within_and_between_lists() {
    Truth truth = Truth.of(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"));

    assertThat(truth.pairsWithin(List.of("a", "b", "c", "d", "e", "z"))).isEqualTo(4);
    assertThat(truth.pairsBetween(List.of("a", "d"), List.of("b", "c", "e"))).isEqualTo(3);
    assertThat(truth.sameEntity("a", "c")).isTrue();
    assertThat(truth.sameEntity("a", "z")).isFalse();
    assertThat(truth.entityOf("z")).isEmpty();
  }

  @Test
  void truth_may_come_from_a_field_of_the_records() {
    List<IdentityRecord> records = List.of(IdentityRecord.of("a", Map.of("person", "1")),
        IdentityRecord.of("b", Map.of("person", "1")), IdentityRecord.of("c", Map.of()));

    Truth truth = Truth.fromField(records, "person");

    assertThat(truth.sameEntity("a", "b")).isTrue();
    assertThat(truth.entityOf("c")).isEmpty();
    assertRejected("truth.field", "required", () -> Truth.fromField(records, "entity"));
  }

  @Test
  void a_run_is_judged_on_its_clusters_its_matches_and_its_blocking() {
    List<IdentityRecord> records = Febrl.read("dataset1.csv");
    MatchRun run = IdentityMatcher.of(Febrl.settings()).deduplicate(records);

    Evaluation evaluation = Evaluation.of(run, Febrl.truth(records));

    assertThat(evaluation.clusters().truePairs()).isEqualTo(500);
    assertThat(evaluation.clusters().predictedPairs()).isEqualTo(run.clusters().pairs());
    assertThat(evaluation.matches().predictedPairs()).isEqualTo(run.matches().size());
    assertThat(evaluation.blocking().candidatePairs()).isEqualTo(run.candidatePairs());
    assertThat(evaluation.blocking().possiblePairs()).isEqualTo(499_500);
    assertThat(evaluation.describe()).startsWith("clusters: precision");
  }
}
