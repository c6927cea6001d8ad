package io.crmkit.identity.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.identity.cluster.Cluster;
import io.crmkit.identity.febrl.Febrl;
import io.crmkit.identity.record.IdentityRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DeduplicationProperties {
  private static final List<IdentityRecord> FEBRL3 = Febrl.read("dataset3.csv").subList(0, 1_500);
  // fewer random pairs than the default keep each try quick; the properties hold for any number
  private static final MatchSettings SETTINGS = MatchSettings.builder().from(Febrl.settings())
      .training(TrainingOptions.DEFAULT.withRandomPairs(20_000)).build();

  @Property(tries = 5)
  void the_same_records_in_any_order_give_the_same_model_and_clusters(@ForAll long seed) {
    List<IdentityRecord> shuffled = new ArrayList<>(FEBRL3);
    Collections.shuffle(shuffled, new Random(seed));
    IdentityMatcher matcher = IdentityMatcher.of(SETTINGS);

    MatchRun inFileOrder = matcher.deduplicate(FEBRL3);
    MatchRun inAnotherOrder = matcher.deduplicate(shuffled);

    assertThat(inAnotherOrder.model()).isEqualTo(inFileOrder.model());
    assertThat(inAnotherOrder.clusters()).isEqualTo(inFileOrder.clusters());
    assertThat(inAnotherOrder.matches()).isEqualTo(inFileOrder.matches());
  }

  @Property(tries = 5)
  void no_cluster_grows_past_the_cap(@ForAll @IntRange(min = 2, max = 4) int cap) {
    MatchSettings capped = MatchSettings.builder().from(SETTINGS).maxClusterSize(cap).build();

    MatchRun run = IdentityMatcher.of(capped).deduplicate(FEBRL3);

    assertThat(run.clusters().clusters()).allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(cap));
    assertThat(run.clusters().records()).isEqualTo(FEBRL3.size());
    for (Cluster cluster : run.clusters().clusters()) {
      assertThat(cluster.id()).isEqualTo(Collections.min(cluster.recordIds()));
    }
  }
}
