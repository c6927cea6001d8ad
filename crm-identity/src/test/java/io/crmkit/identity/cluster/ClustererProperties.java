package io.crmkit.identity.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ClustererProperties {

  @Property
  void the_same_records_and_links_in_any_order_give_the_same_clusters(@ForAll("links") List<Link> links,
      @ForAll @IntRange(min = 2, max = 6) int cap, @ForAll long seed) {
    List<String> ids = ids();
    List<String> shuffledIds = new ArrayList<>(ids);
    List<Link> shuffledLinks = new ArrayList<>(links);
    Collections.shuffle(shuffledIds, new Random(seed));
    Collections.shuffle(shuffledLinks, new Random(seed));

    Clusters once = Clusterer.withMaxSize(cap).cluster(ids, links);
    Clusters again = Clusterer.withMaxSize(cap).cluster(shuffledIds, shuffledLinks);

    assertThat(again.clusters()).isEqualTo(once.clusters());
  }

  @Property
  void no_cluster_is_bigger_than_the_cap_and_every_record_is_in_exactly_one(@ForAll("links") List<Link> links,
      @ForAll @IntRange(min = 2, max = 6) int cap) {
    Clusters clusters = Clusterer.withMaxSize(cap).cluster(ids(), links);

    assertThat(clusters.largest()).isLessThanOrEqualTo(cap);
    Set<String> seen = new HashSet<>();
    for (Cluster cluster : clusters.clusters()) {
      assertThat(cluster.id()).isEqualTo(cluster.recordIds().get(0));
      cluster.recordIds().forEach(id -> assertThat(seen.add(id)).isTrue());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids());
  }

  @Property
  void under_a_cap_no_link_can_break_clusters_are_the_connected_components(@ForAll("links") List<Link> links) {
    Clusters clusters = Clusterer.withMaxSize(1_000).cluster(ids(), links);

    assertThat(clusters.droppedLinks()).isEmpty();
    for (Link link : links) {
      assertThat(clusters.clusterOf(link.first())).isEqualTo(clusters.clusterOf(link.second()));
    }
  }

  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ids.add("r" + (char) ('a' + i));
    }
    return ids;
  }

  @Provide
  Arbitrary<List<Link>> links() {
    Arbitrary<List<String>> twoIds = Arbitraries.of(ids()).list().ofSize(2).uniqueElements();
    Arbitrary<Double> strength = Arbitraries.of(-3.0, 0.5, 1.0, 2.0, 7.5, Double.POSITIVE_INFINITY);
    return Combinators.combine(twoIds, strength).as((pair, s) -> Link.of(pair.get(0), pair.get(1), s))
        .list().ofMaxSize(20);
  }
}
