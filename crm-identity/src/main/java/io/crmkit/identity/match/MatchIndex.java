package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.cluster.Cluster;
import io.crmkit.identity.cluster.Clusters;
import io.crmkit.identity.record.IdentityRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An index of matched records for incremental matching: a new record is compared only with the
 * indexed records that share one of its blocking keys (a block over the rule's maximum size is
 * skipped, as in a batch run), scored with the run's model, and placed in a cluster, without
 * running everything again.
 *
 * <p>The model and the term frequencies stay those of the run the index was made from. Cluster ids
 * never change: a record that joins a cluster takes the cluster's id, even when its own id is
 * smaller (a batch rerun names a cluster by its smallest record id, so the two agree when new ids
 * sort after old ones). Not safe for use by several threads at once.
 */
public final class MatchIndex {
  private static final Comparator<ScoredPair> STRONGEST_FIRST = Comparator
      .comparing((ScoredPair p) -> p.rule().isEmpty())
      .thenComparing(Comparator.comparingDouble(ScoredPair::weight).reversed())
      .thenComparing(ScoredPair::rightId);

  private final IdentityMatcher matcher;
  private final Scorer.Weigher weigher;
  private final List<BlockingRule> rules;
  private final List<PreparedRecords> parts = new ArrayList<>();
  private int[] partOf = new int[0];
  private int[] localOf = new int[0];
  private int size;
  private final List<Map<String, int[]>> blocks = new ArrayList<>();
  private final List<Map<String, Integer>> blockSizes = new ArrayList<>();
  private final Map<String, String> clusterOf = new HashMap<>();
  private final Map<String, Integer> clusterSize = new HashMap<>();
  private final int maxClusterSize;

  MatchIndex(IdentityMatcher matcher, Scorer.Weigher weigher, List<PreparedRecords> base, Clusters clusters) {
    this.matcher = matcher;
    this.weigher = weigher;
    this.rules = matcher.settings().effectiveBlockingRules();
    this.maxClusterSize = matcher.settings().maxClusterSize();
    for (int r = 0; r < rules.size(); r++) {
      blocks.add(new HashMap<>());
      blockSizes.add(new HashMap<>());
    }
    for (PreparedRecords part : base) {
      append(part);
    }
    for (Cluster cluster : clusters.clusters()) {
      for (String id : cluster.recordIds()) {
        clusterOf.put(id, cluster.id());
      }
      clusterSize.put(cluster.id(), cluster.size());
    }
  }

  /** The number of records indexed. */
  public int size() {
    return size;
  }

  /** The cluster id of an indexed record, or empty when it is not indexed. */
  public Optional<String> clusterOf(String recordId) {
    return Optional.ofNullable(clusterOf.get(recordId));
  }

  /**
   * How a new record matches the indexed ones; the index is unchanged.
   *
   * @throws CrmValidationException naming {@code record.id} (rule {@code unique}) when a record
   *     with its id is indexed already
   */
  public IncomingMatch match(IdentityRecord record) {
    CrmValidationException.required("record", record);
    if (clusterOf.containsKey(record.id())) {
      throw CrmValidationException.of("record.id", "unique", record.id(), "a record with this id is indexed already");
    }
    PreparedRecords incoming = PreparedRecords.of(matcher.settings(), List.of(record), "record");
    Set<Integer> candidates = new LinkedHashSet<>();
    for (int r = 0; r < rules.size(); r++) {
      Optional<String> key = key(rules.get(r), incoming, 0);
      if (key.isEmpty()) {
        continue;
      }
      int count = blockSizes.get(r).getOrDefault(key.get(), 0);
      // the new record makes the block one bigger: skip it as a batch run would
      if (count == 0 || count + 1 > rules.get(r).maxBlockSize()) {
        continue;
      }
      int[] members = blocks.get(r).get(key.get());
      for (int k = 0; k < count; k++) {
        candidates.add(members[k]);
      }
    }
    List<ScoredPair> matches = new ArrayList<>();
    List<ScoredPair> reviews = new ArrayList<>();
    for (int global : candidates) {
      PreparedRecords part = parts.get(partOf[global]);
      int local = localOf[global];
      long pattern = matcher.scorer().pattern(incoming, 0, part, local);
      ScoredPair scored = weigher.score(pattern, incoming, 0, part, local);
      if (scored.decision() == Decision.MATCH) {
        matches.add(scored);
      } else if (scored.decision() == Decision.REVIEW) {
        reviews.add(scored);
      }
    }
    matches.sort(STRONGEST_FIRST);
    reviews.sort(STRONGEST_FIRST);
    Optional<String> cluster = matches.stream().map(p -> clusterOf.get(p.rightId()))
        .filter(id -> clusterSize.get(id) < maxClusterSize).findFirst();
    return new IncomingMatch(record.id(), matches, reviews, cluster, candidates.size());
  }

  /**
   * Matches a new record and adds it: it joins the cluster of its strongest match with room, or
   * starts its own; later records are matched against it too.
   *
   * @throws CrmValidationException as {@link #match(IdentityRecord)}
   */
  public Placement add(IdentityRecord record) {
    IncomingMatch match = match(record);
    append(PreparedRecords.of(matcher.settings(), List.of(record), "record"));
    String cluster = match.clusterId().orElse(record.id());
    clusterOf.put(record.id(), cluster);
    clusterSize.merge(cluster, 1, Integer::sum);
    return new Placement(record.id(), cluster, match.clusterId().isPresent(), match);
  }

  private void append(PreparedRecords part) {
    int partIndex = parts.size();
    parts.add(part);
    int needed = size + part.size();
    if (needed > partOf.length) {
      int capacity = Math.max(needed, partOf.length * 3 / 2 + 16);
      partOf = Arrays.copyOf(partOf, capacity);
      localOf = Arrays.copyOf(localOf, capacity);
    }
    for (int i = 0; i < part.size(); i++) {
      int global = size + i;
      partOf[global] = partIndex;
      localOf[global] = i;
      for (int r = 0; r < rules.size(); r++) {
        Optional<String> key = key(rules.get(r), part, i);
        if (key.isPresent()) {
          int count = blockSizes.get(r).merge(key.get(), 1, Integer::sum);
          Map<String, int[]> ruleBlocks = blocks.get(r);
          int[] members = ruleBlocks.get(key.get());
          if (members == null || members.length < count) {
            members = members == null ? new int[2] : Arrays.copyOf(members, members.length * 2);
            ruleBlocks.put(key.get(), members);
          }
          members[count - 1] = global;
        }
      }
    }
    size += part.size();
  }

  private static Optional<String> key(BlockingRule rule, PreparedRecords records, int index) {
    return rule.key(field -> Optional.ofNullable(records.field(field)[index]));
  }
}
