package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.identity.cluster.Clusters;
import io.crmkit.identity.record.IdentityRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The identity benchmark's own code on 20,000 contacts: its set-up (which runs both sides and
 * checks crmkit's pair completeness), each side's invocation and the check after it, as JMH calls
 * them. Nothing here is timed.
 */
class IdentityDedupeBenchmarkTest {
  private static final int CONTACTS = 20_000;
  private static final IdentityDedupeBenchmark BENCHMARK = new IdentityDedupeBenchmark();

  @BeforeAll
  static void setUpTheBenchmark() {
    BENCHMARK.contacts = CONTACTS;
    BENCHMARK.makeContactsAndRunBoth();
  }

  @Test
  void crmkit_finds_the_duplicates_and_the_same_clusters_every_time() {
    Clusters clusters = BENCHMARK.crmkit();

    assertThat(clusters.records()).isEqualTo(CONTACTS);
    assertThat(BENCHMARK.crmkitQuality().blocking().pairCompleteness()).isGreaterThanOrEqualTo(0.99);
    assertThat(BENCHMARK.crmkitQuality().clusters().f1()).isGreaterThanOrEqualTo(0.98);
    BENCHMARK.checkClusters();
  }

  @Test
  void exact_keys_are_precise_but_miss_many_duplicates() {
    int[] clusters = BENCHMARK.exactKeys();

    assertThat(clusters).hasSize(CONTACTS);
    assertThat(BENCHMARK.exactKeyQuality().precision()).isGreaterThan(0.9);
    assertThat(BENCHMARK.exactKeyQuality().recall())
        .isLessThan(BENCHMARK.crmkitQuality().clusters().recall() - 0.1);
    BENCHMARK.checkClusters();
  }

  @Test
  void the_check_fails_an_iteration_whose_clusters_differ() {
    BENCHMARK.exactKeys();
    BENCHMARK.spoilLastClusters();

    assertThatThrownBy(BENCHMARK::checkClusters).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exact-key clusters differ");
  }

  @Test
  void the_sample_is_the_same_for_the_same_seed_and_holds_every_kind_of_record() {
    SampleIdentities.Sample once = SampleIdentities.make(3, 2_000);
    SampleIdentities.Sample again = SampleIdentities.make(3, 2_000);
    Set<String> persons = new HashSet<>(once.personOf().values());
    List<IdentityRecord> records = once.records();

    assertThat(again).isEqualTo(once);
    assertThat(persons).hasSize(1_400);
    assertThat(records).anySatisfy(r -> assertThat(r.value("phone")).hasValueSatisfying(p -> assertThat(p).startsWith("0")));
    assertThat(records).anySatisfy(r -> assertThat(r.value("email")).isEmpty());
    assertThat(records).anySatisfy(r -> assertThat(r.value("date_of_birth")).hasValueSatisfying(d -> assertThat(d).contains("/")));
    assertThat(records).anySatisfy(r -> assertThat(r.value("first_name").orElse(""))
        .isIn("Bob", "Bill", "Jim", "Mike", "Tom", "Liz", "Dan", "Matt", "Chris", "Joe", "Steve"));
  }

  @Test
  void exact_keys_join_records_through_any_shared_key() {
    List<IdentityRecord> records = List.of(
        IdentityRecord.of("a", java.util.Map.of("email", "Ann@Example.com")),
        IdentityRecord.of("b", java.util.Map.of("email", "ann@example.com", "phone", "+44 7700 900123")),
        IdentityRecord.of("c", java.util.Map.of("phone", "(44) 7700-900123")),
        IdentityRecord.of("d", java.util.Map.of("phone", "07700 900123")));

    assertThat(ExactKeyDedupe.clusters(records)).containsExactly(0, 0, 0, 3);
  }
}
