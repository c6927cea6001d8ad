package io.crmkit.identity.match;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.identity.block.KeyPart.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.compare.Comparisons;
import io.crmkit.identity.febrl.Febrl;
import io.crmkit.identity.record.IdentityRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeduplicationTest {
  private static final IdentityMatcher MATCHER = IdentityMatcher.of(Febrl.settings());
  private static List<IdentityRecord> records = List.of();
  private static MatchRun run;

  @BeforeAll
  static void deduplicateFebrl1() {
    records = Febrl.read("dataset1.csv");
    run = MATCHER.deduplicate(records);
  }

  @Test
  void a_pair_explains_itself_as_a_waterfall_that_sums_to_its_weight() {
    MatchExplanation explanation = run.explain("rec-10-dup-0", "rec-10-org");

    List<WaterfallStep> steps = explanation.waterfall();
    assertThat(explanation.decision()).isEqualTo(Decision.MATCH);
    assertThat(explanation.contributions()).hasSize(10);
    assertThat(steps.get(0).label()).isEqualTo("prior");
    assertThat(steps.get(steps.size() - 1).cumulative()).isCloseTo(explanation.weight(), within(1e-9));
    assertThat(FellegiSunterModel.probabilityOf(explanation.weight())).isCloseTo(explanation.probability(), within(1e-12));
    assertThat(explanation.evidenceFor()).isNotEmpty();
    assertThat(explanation.describe()).startsWith("rec-10-dup-0 vs rec-10-org: MATCH")
        .contains("surname: exact").contains("harrington / harrington");
  }

  @Test
  void a_missing_value_adds_no_weight() {
    // rec-10-dup-0 has no street number
    MatchExplanation explanation = run.explain("rec-10-dup-0", "rec-10-org");

    WeightContribution streetNumber = explanation.contributions().stream()
        .filter(c -> c.comparison().equals("street_number")).findFirst().orElseThrow();
    assertThat(streetNumber.level()).isEqualTo("missing");
    assertThat(streetNumber.total()).isZero();
  }

  @Test
  void records_of_different_people_are_not_matched_and_say_why() {
    MatchExplanation explanation = run.explain("rec-10-org", "rec-122-org");

    assertThat(explanation.decision()).isEqualTo(Decision.NON_MATCH);
    assertThat(explanation.weight()).isLessThan(0);
  }

  @Test
  void the_pairs_of_a_run_match_its_clusters_and_training_report() {
    assertThat(run.training()).hasValueSatisfying(report -> {
      assertThat(report.converged()).isTrue();
      assertThat(report.untrained()).isEmpty();
      assertThat(report.sessions()).extracting(TrainingSession::pairs).contains("soc_sec_id", "prior");
    });
    for (ScoredPair match : run.matches()) {
      assertThat(run.clusters().clusterOf(match.leftId())).isEqualTo(run.clusters().clusterOf(match.rightId()));
      assertThat(match.probability()).isGreaterThanOrEqualTo(0.9);
    }
    assertThat(run.reviews()).allSatisfy(p -> assertThat(p.probability()).isBetween(0.5, 0.9));
    assertThat(run.records()).isEqualTo(1_000);
  }

  @Test
  void a_model_trained_before_gives_the_same_clusters_without_training() {
    MatchRun again = MATCHER.deduplicate(records, run.model());

    assertThat(again.training()).isEmpty();
    assertThat(again.clusters()).isEqualTo(run.clusters());
  }

  @Test
  void a_deterministic_rule_matches_ahead_of_the_model() {
    MatchSettings settings = MatchSettings.builder().from(Febrl.settings())
        .addDeterministicRule(DeterministicRule.exact("device_id")).build();
    List<IdentityRecord> withDevices = new ArrayList<>(records);
    withDevices.set(0, withDevices.get(0).with("device_id", "dev-42"));
    withDevices.set(1, withDevices.get(1).with("device_id", "DEV 42"));
    String first = withDevices.get(0).id();
    String second = withDevices.get(1).id();

    MatchRun ruled = IdentityMatcher.of(settings).deduplicate(withDevices);

    MatchExplanation explanation = ruled.explain(first, second);
    assertThat(explanation.rule()).contains("exact device_id");
    assertThat(explanation.decision()).isEqualTo(Decision.MATCH);
    assertThat(explanation.describe()).contains("matched by rule exact device_id");
    assertThat(ruled.clusters().clusterOf(first)).isEqualTo(ruled.clusters().clusterOf(second));
  }

  @Test
  void no_records_are_too_few_to_train_on() {
    assertRejected("records", "too-few", () -> MATCHER.deduplicate(List.of()));
    assertRejected("records", "too-few", () -> MATCHER.train(records.subList(0, 1)));
  }

  @Test
  void with_a_model_no_records_make_no_clusters() {
    MatchRun empty = MATCHER.deduplicate(List.of(), run.model());

    assertThat(empty.clusters().clusters()).isEmpty();
    assertThat(empty.matches()).isEmpty();
  }

  @Test
  void two_records_with_one_id_are_refused() {
    List<IdentityRecord> twice = List.of(records.get(0), records.get(0));

    assertRejected("records.id", "unique", () -> MATCHER.deduplicate(twice));
    assertRejected("records.id", "unique", () -> MATCHER.link(records.subList(0, 5), records.subList(4, 8)));
  }

  @Test
  void a_model_of_other_comparisons_is_refused() {
    MatchSettings other = MatchSettings.builder().addComparison(Comparisons.name("given_name"))
        .addBlockingRule(BlockingRule.on(exact("surname"))).build();

    assertRejected("model.fields", "size", () -> IdentityMatcher.of(other).deduplicate(records, run.model()));
  }

  @Test
  void only_records_of_the_run_are_explained() {
    assertRejected("explain.leftId", "unknown-record", () -> run.explain("nobody", "rec-10-org"));
    assertRejected("explain.rightId", "unknown-record", () -> run.explain("rec-10-org", "nobody"));
  }

  @Test
  void the_model_describes_every_level() {
    String table = run.model().describe();

    assertThat(table).startsWith("prior ").contains("given_name").contains("nickname").contains("else");
    assertThat(run.model().fields()).hasSize(10);
    assertThat(run.model().weight(1, 0)).isZero();
  }

  @Test
  void linking_matches_across_lists_only() {
    List<IdentityRecord> originals = records.stream().filter(r -> r.id().endsWith("-org")).toList();
    List<IdentityRecord> duplicates = records.stream().filter(r -> !r.id().endsWith("-org")).toList();

    MatchRun linked = MATCHER.link(originals, duplicates);

    assertThat(linked.isLink()).isTrue();
    assertThat(linked.matches()).allSatisfy(p -> {
      assertThat(p.leftId()).endsWith("-org");
      assertThat(p.rightId()).contains("-dup-");
    });
    assertThat(linked.explain("rec-10-org", "rec-10-dup-0").decision()).isEqualTo(Decision.MATCH);
    assertThat(linked.rightIds()).hasSize(duplicates.size());
  }

  @Test
  void thresholds_move_pairs_between_match_review_and_non_match() {
    MatchSettings strict = MatchSettings.builder().from(Febrl.settings())
        .thresholds(Thresholds.of(0.5, 1 - 1e-12)).build();

    MatchRun strictRun = IdentityMatcher.of(strict).deduplicate(records, run.model());

    assertThat(strictRun.matches().size()).isLessThan(run.matches().size());
    assertThat(strictRun.reviews().size()).isGreaterThan(run.reviews().size());
  }

  @Test
  void unused_fields_do_not_disturb_a_record() {
    IdentityRecord record = IdentityRecord.of("x", Map.of("colour", "blue"));

    assertThat(MatchIndexTest.indexOf(run).match(record).matches()).isEmpty();
  }
}
