package io.crmkit.identity.cluster;

import java.util.List;

/**
 * A cluster: records taken to be one person or company.
 *
 * @param id the cluster's id: the smallest of its record ids (in {@link String#compareTo} order),
 *     so a run on the same records gives the same id whatever their order
 * @param recordIds its record ids, in ascending order
 */
public record Cluster(String id, List<String> recordIds) {
  /** Copies the list. */
  public Cluster {
    recordIds = List.copyOf(recordIds);
  }

  /** The number of records. */
  public int size() {
    return recordIds.size();
  }
}
