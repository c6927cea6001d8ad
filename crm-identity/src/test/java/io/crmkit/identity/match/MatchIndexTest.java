package io.crmkit.identity.match;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.identity.febrl.Febrl;
import io.crmkit.identity.record.IdentityRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatchIndexTest {
  private static final IdentityMatcher MATCHER = IdentityMatcher.of(Febrl.settings());
  private static List<IdentityRecord> newRecords = List.of();
  private static MatchRun base;

  static MatchIndex indexOf(MatchRun run) {
    return run.index();
  }

  @BeforeAll
  static void deduplicateAllButTheLastHundredDuplicates() {
    List<IdentityRecord> records = Febrl.read("dataset1.csv");
    List<IdentityRecord> duplicates = records.stream().filter(r -> r.id().contains("-dup-")).toList();
    newRecords = duplicates.subList(duplicates.size() - 100, duplicates.size());
    base = MATCHER.deduplicate(records.stream().filter(r -> !newRecords.contains(r)).toList());
  }

  @Test
  void a_new_duplicate_joins_the_cluster_of_its_original() {
    MatchIndex index = base.index();
    int joined = 0;
    for (IdentityRecord record : newRecords) {
      String original = record.id().replaceAll("-dup-\\d+$", "-org");

      Placement placement = index.add(record);

      if (placement.clusterId().equals(index.clusterOf(original).orElseThrow())) {
        joined++;
      }
      assertThat(index.clusterOf(record.id())).contains(placement.clusterId());
    }
    assertThat(joined).isGreaterThanOrEqualTo(99);
    assertThat(index.size()).isEqualTo(1_000);
  }

  @Test
  void matching_explains_the_candidates_and_leaves_the_index_alone() {
    MatchIndex index = base.index();
    IdentityRecord record = newRecords.get(0);

    IncomingMatch match = index.match(record);

    assertThat(match.recordId()).isEqualTo(record.id());
    assertThat(match.matches()).isNotEmpty();
    assertThat(match.matches().get(0).leftId()).isEqualTo(record.id());
    assertThat(match.comparisons()).isGreaterThanOrEqualTo(match.matches().size());
    assertThat(match.clusterId()).isPresent();
    assertThat(index.clusterOf(record.id())).isEmpty();
    assertThat(index.size()).isEqualTo(900);
  }

  @Test
  void the_index_scores_a_pair_as_the_batch_run_does() {
    MatchIndex index = base.index();
    IdentityRecord record = newRecords.get(0);
    IdentityRecord copy = IdentityRecord.of("copy-of-" + record.id(), record.values());
    index.add(record);

    IncomingMatch match = index.match(copy);

    ScoredPair withRecord = match.matches().stream().filter(p -> p.rightId().equals(record.id())).findFirst()
        .orElseThrow();
    assertThat(withRecord.decision()).isEqualTo(Decision.MATCH);
  }

  @Test
  void a_record_that_shares_no_key_starts_its_own_cluster() {
    MatchIndex index = base.index();

    Placement placement = index.add(IdentityRecord.of("stranger", Map.of("given_name", "zebedee")));

    assertThat(placement.joined()).isFalse();
    assertThat(placement.clusterId()).isEqualTo("stranger");
    assertThat(placement.match().comparisons()).isZero();
  }

  @Test
  void a_record_already_indexed_is_refused() {
    MatchIndex index = base.index();

    assertRejected("record.id", "unique", () -> index.match(IdentityRecord.of("rec-10-org", Map.of())));
  }

  @Test
  void a_full_cluster_takes_no_more_records() {
    MatchSettings pairsOnly = MatchSettings.builder().from(Febrl.settings()).maxClusterSize(2).build();
    List<IdentityRecord> records = Febrl.read("dataset1.csv");
    IdentityRecord original = records.stream().filter(r -> r.id().equals("rec-10-org")).findFirst().orElseThrow();
    MatchIndex index = IdentityMatcher.of(pairsOnly).deduplicate(records).index();

    Placement placement = index.add(IdentityRecord.of("rec-10-dup-9", original.values()));

    assertThat(placement.match().matches()).isNotEmpty();
    assertThat(placement.joined()).isFalse();
    assertThat(placement.clusterId()).isEqualTo("rec-10-dup-9");
  }
}
