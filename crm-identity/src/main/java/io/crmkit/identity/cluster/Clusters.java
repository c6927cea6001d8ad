package io.crmkit.identity.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records grouped into clusters, each record in exactly one (a record with no match is a cluster
 * of its own), and the links left out to keep clusters within the maximum size.
 *
 * @param clusters the clusters, ordered by id
 * @param droppedLinks the links that would have made a cluster bigger than the maximum, weakest
 *     last; their records stay in separate clusters
 * @param maxClusterSize the most records a cluster may hold
 */
public record Clusters(List<Cluster> clusters, List<Link> droppedLinks, int maxClusterSize) {
  /** Copies the lists. */
  public Clusters {
    clusters = List.copyOf(clusters);
    droppedLinks = List.copyOf(droppedLinks);
  }

  /** The cluster of a record, or empty when the record was not clustered. */
  public Optional<Cluster> clusterOf(String recordId) {
    return Optional.ofNullable(byRecord().get(recordId));
  }

  /** The cluster of each record, by record id. */
  public Map<String, Cluster> byRecord() {
    Map<String, Cluster> byRecord = new HashMap<>();
    for (Cluster cluster : clusters) {
      cluster.recordIds().forEach(id -> byRecord.put(id, cluster));
    }
    return byRecord;
  }

  /** The clusters of more than one record. */
  public List<Cluster> duplicates() {
    return clusters.stream().filter(c -> c.size() > 1).toList();
  }

  /** The number of records. */
  public int records() {
    return clusters.stream().mapToInt(Cluster::size).sum();
  }

  /** The pairs of records that share a cluster: {@code sum of n(n-1)/2}. */
  public long pairs() {
    return clusters.stream().mapToLong(c -> (long) c.size() * (c.size() - 1) / 2).sum();
  }

  /** The size of the largest cluster (0 with no cluster). */
  public int largest() {
    return clusters.stream().mapToInt(Cluster::size).max().orElse(0);
  }
}
