package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.block.Blocking;
import io.crmkit.identity.block.BlockingReport;
import io.crmkit.identity.block.CandidatePairs;
import io.crmkit.identity.cluster.Clusters;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The outcome of a deduplication or linkage run: the model, how it was trained, what blocking did,
 * the matched pairs and the pairs to review, and the clusters. Any pair of the run's records can
 * be explained, compared or not.
 */
public final class MatchRun {
  private final IdentityMatcher matcher;
  private final Scorer.Weigher weigher;
  private final PreparedRecords left;
  private final PreparedRecords right;
  private final boolean link;
  private final Blocking blocking;
  private final Clusters clusters;
  private final List<ScoredPair> matches;
  private final List<ScoredPair> reviews;
  private final Optional<TrainingReport> training;

  MatchRun(IdentityMatcher matcher, Scorer.Weigher weigher, PreparedRecords left, PreparedRecords right, boolean link,
      Blocking blocking, Clusters clusters, List<ScoredPair> matches, List<ScoredPair> reviews,
      Optional<TrainingReport> training) {
    this.matcher = matcher;
    this.weigher = weigher;
    this.left = left;
    this.right = right;
    this.link = link;
    this.blocking = blocking;
    this.clusters = clusters;
    this.matches = List.copyOf(matches);
    this.reviews = List.copyOf(reviews);
    this.training = training;
  }

  /** The model the pairs were scored with. */
  public FellegiSunterModel model() {
    return weigher.model;
  }

  /** How the model was trained, or empty when it was given. */
  public Optional<TrainingReport> training() {
    return training;
  }

  /** What blocking did: comparisons per rule, skipped blocks, reduction ratio. */
  public BlockingReport blocking() {
    return blocking.report();
  }

  /** The clusters of all the run's records (both lists when linking). */
  public Clusters clusters() {
    return clusters;
  }

  /** The pairs decided {@link Decision#MATCH}, by left then right id. */
  public List<ScoredPair> matches() {
    return matches;
  }

  /** The pairs decided {@link Decision#REVIEW}, by left then right id. */
  public List<ScoredPair> reviews() {
    return reviews;
  }

  /** Whether the run linked two lists rather than deduplicating one. */
  public boolean isLink() {
    return link;
  }

  /** The number of records: both lists when linking. */
  public int records() {
    return left.size() + (link ? right.size() : 0);
  }

  /** The number of candidate pairs compared. */
  public long candidatePairs() {
    return blocking.pairs().size();
  }

  /** Hands every candidate pair's record ids to {@code action}: left then right. */
  public void forEachCandidate(BiConsumer<String, String> action) {
    CandidatePairs pairs = blocking.pairs();
    for (int k = 0; k < pairs.size(); k++) {
      action.accept(left.ids[pairs.left(k)], right.ids[pairs.right(k)]);
    }
  }

  /** The ids of the left records (all records when deduplicating), in order. */
  public List<String> leftIds() {
    return List.of(left.ids);
  }

  /** The ids of the right records (none when deduplicating), in order. */
  public List<String> rightIds() {
    return link ? List.of(right.ids) : List.of();
  }

  /**
   * Why a pair of the run's records is a match, a review or not: the weight waterfall. When
   * linking, the first id is a left record and the second a right record.
   *
   * @throws CrmValidationException naming {@code explain.leftId} or {@code explain.rightId} (rule
   *     {@code unknown-record}) when an id is not one of the run's records on that side
   */
  public MatchExplanation explain(String leftId, String rightId) {
    int i = left.indexOf(CrmValidationException.requiredText("explain.leftId", leftId));
    if (i < 0) {
      throw CrmValidationException.of("explain.leftId", "unknown-record", leftId, "not a record of this run");
    }
    int j = right.indexOf(CrmValidationException.requiredText("explain.rightId", rightId));
    if (j < 0) {
      throw CrmValidationException.of("explain.rightId", "unknown-record", rightId, "not a record of this run");
    }
    return weigher.explain(left, i, right, j);
  }

  /**
   * An index over all the run's records, their clusters and the run's model, to match new records
   * one at a time without running everything again.
   */
  public MatchIndex index() {
    return new MatchIndex(matcher, weigher, link ? List.of(left, right) : List.of(left), clusters);
  }
}
