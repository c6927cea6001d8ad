package io.crmkit.identity.cluster;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClustererTest {

  @Test
  void linked_records_form_clusters_named_by_their_smallest_id() {
    Clusters clusters = Clusterer.withMaxSize(10).cluster(List.of("d", "c", "b", "a", "e"),
        List.of(Link.of("d", "b", 5), Link.of("b", "c", 3)));

    assertThat(clusters.clusters()).containsExactly(
        new Cluster("a", List.of("a")), new Cluster("b", List.of("b", "c", "d")), new Cluster("e", List.of("e")));
    assertThat(clusters.clusterOf("d")).map(Cluster::id).contains("b");
    assertThat(clusters.duplicates()).hasSize(1);
    assertThat(clusters.pairs()).isEqualTo(3);
    assertThat(clusters.records()).isEqualTo(5);
    assertThat(clusters.largest()).isEqualTo(3);
    assertThat(clusters.droppedLinks()).isEmpty();
  }

  @Test
  void a_chain_longer_than_the_cap_is_split_at_its_weakest_links() {
    // a - b - c - d - e with a weak link between c and d
    List<Link> chain = List.of(Link.of("a", "b", 9), Link.of("b", "c", 8), Link.of("c", "d", 1),
        Link.of("d", "e", 7));

    Clusters clusters = Clusterer.withMaxSize(3).cluster(List.of("a", "b", "c", "d", "e"), chain);

    assertThat(clusters.clusters()).extracting(Cluster::recordIds)
        .containsExactly(List.of("a", "b", "c"), List.of("d", "e"));
    assertThat(clusters.droppedLinks()).containsExactly(Link.of("c", "d", 1));
  }

  @Test
  void a_rule_match_is_the_strongest_link() {
    List<Link> links = List.of(Link.of("a", "b", 30), Link.of("b", "c", Double.POSITIVE_INFINITY));

    Clusters clusters = Clusterer.withMaxSize(2).cluster(List.of("a", "b", "c"), links);

    assertThat(clusters.clusters()).extracting(Cluster::recordIds).containsExactly(List.of("a"), List.of("b", "c"));
  }

  @Test
  void links_are_undirected() {
    assertThat(Link.of("b", "a", 2)).isEqualTo(Link.of("a", "b", 2));
  }

  @Test
  void bad_input_is_refused() {
    assertRejected("cluster.maxSize", "range", () -> Clusterer.withMaxSize(1));
    assertRejected("link.second", "distinct", () -> Link.of("a", "a", 1));
    assertRejected("link.strength", "number", () -> Link.of("a", "b", Double.NaN));
    assertRejected("cluster.recordIds", "unique", () -> Clusterer.withMaxSize(5).cluster(List.of("a", "a"), List.of()));
    assertRejected("cluster.links", "unknown-record",
        () -> Clusterer.withMaxSize(5).cluster(List.of("a"), List.of(Link.of("a", "z", 1))));
  }

  @Test
  void no_records_make_no_clusters() {
    Clusters clusters = Clusterer.withMaxSize(5).cluster(List.of(), List.of());

    assertThat(clusters.clusters()).isEmpty();
    assertThat(clusters.largest()).isZero();
  }
}
