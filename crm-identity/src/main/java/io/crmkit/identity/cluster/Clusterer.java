package io.crmkit.identity.cluster;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups linked records into clusters without chaining them into giant ones.
 *
 * <p>Links are joined strongest first (ties by record ids), as in a maximum spanning forest; a link
 * that would join two groups into one larger than the maximum cluster size is dropped instead. A
 * group within the cap is therefore exactly a connected component of the links; a component over
 * the cap is split at its weakest links. The result depends only on the records and links, never
 * on their order, and a cluster's id is its smallest record id.
 */
public final class Clusterer {
  /** The largest cluster allowed unless said otherwise. */
  public static final int DEFAULT_MAX_CLUSTER_SIZE = 50;

  private static final Comparator<Link> STRONGEST_FIRST = Comparator.comparingDouble(Link::strength).reversed()
      .thenComparing(Link::first).thenComparing(Link::second);

  private final int maxClusterSize;

  private Clusterer(int maxClusterSize) {
    this.maxClusterSize = maxClusterSize;
  }

  /**
   * A clusterer with a maximum cluster size.
   *
   * @throws CrmValidationException naming {@code cluster.maxSize} (rule {@code range}) unless 2 or more
   */
  public static Clusterer withMaxSize(int maxClusterSize) {
    if (maxClusterSize < 2) {
      throw CrmValidationException.of("cluster.maxSize", "range", maxClusterSize, "a cluster of 2 or more records");
    }
    return new Clusterer(maxClusterSize);
  }

  /** The most records a cluster may hold. */
  public int maxClusterSize() {
    return maxClusterSize;
  }

  /**
   * Clusters records by their links.
   *
   * @param recordIds every record to cluster, each once
   * @param links links between those records
   * @throws CrmValidationException naming {@code cluster.recordIds} (rule {@code unique}) when an
   *     id is given twice, or {@code cluster.links} (rule {@code unknown-record}) when a link names
   *     a record not given
   */
  public Clusters cluster(Collection<String> recordIds, Collection<Link> links) {
    CrmValidationException.required("cluster.recordIds", recordIds);
    CrmValidationException.required("cluster.links", links);
    String[] ids = recordIds.toArray(String[]::new);
    Arrays.sort(ids);
    Map<String, Integer> index = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      CrmValidationException.required("cluster.recordIds", ids[i]);
      if (i > 0 && ids[i].equals(ids[i - 1])) {
        throw CrmValidationException.of("cluster.recordIds", "unique", ids[i], "each record once");
      }
      index.put(ids[i], i);
    }
    Link[] sorted = links.toArray(Link[]::new);
    Arrays.sort(sorted, STRONGEST_FIRST);
    int[] parent = new int[ids.length];
    int[] size = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      parent[i] = i;
      size[i] = 1;
    }
    List<Link> dropped = new ArrayList<>();
    for (Link link : sorted) {
      Integer a = index.get(link.first());
      Integer b = index.get(link.second());
      if (a == null || b == null) {
        throw CrmValidationException.of("cluster.links", "unknown-record", a == null ? link.first() : link.second(),
            "a link joins two of the records clustered");
      }
      int rootA = find(parent, a);
      int rootB = find(parent, b);
      if (rootA == rootB) {
        continue;
      }
      if (size[rootA] + size[rootB] > maxClusterSize) {
        dropped.add(link);
        continue;
      }
      // the smaller index (smaller id) stays root, so a root is always its group's smallest id
      int root = Math.min(rootA, rootB);
      int child = Math.max(rootA, rootB);
      parent[child] = root;
      size[root] += size[child];
    }
    // every group's root is its smallest index: lay the groups out in root order
    int[] root = new int[ids.length];
    int[] start = new int[ids.length + 1];
    for (int i = 0; i < ids.length; i++) {
      root[i] = find(parent, i);
      start[root[i] + 1]++;
    }
    for (int i = 0; i < ids.length; i++) {
      start[i + 1] += start[i];
    }
    String[] members = new String[ids.length];
    int[] filled = Arrays.copyOf(start, ids.length);
    for (int i = 0; i < ids.length; i++) {
      members[filled[root[i]]++] = ids[i];
    }
    List<Cluster> clusters = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (root[i] == i) {
        clusters.add(new Cluster(ids[i], Arrays.asList(members).subList(start[i], start[i + 1])));
      }
    }
    return new Clusters(clusters, dropped, maxClusterSize);
  }

  private static int find(int[] parent, int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[i] != root) {
      int next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }
}
