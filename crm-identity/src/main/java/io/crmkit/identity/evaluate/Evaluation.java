package io.crmkit.identity.evaluate;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.cluster.Cluster;
import io.crmkit.identity.match.MatchRun;
import io.crmkit.identity.match.ScoredPair;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run judged against the truth: pairs in the clusters, pairs the model matched before
 * clustering, and the blocking. When linking, only pairs with one record from each list count.
 *
 * @param clusters pair precision, recall and F1 of the pairs that share a cluster
 * @param matches pair precision, recall and F1 of the pairs decided {@code MATCH}, before clustering
 * @param blocking pair completeness and reduction ratio of the candidate pairs
 */
public record Evaluation(PairMetrics clusters, PairMetrics matches, BlockingMetrics blocking) {

  /** Judges a run. */
  public static Evaluation of(MatchRun run, Truth truth) {
    CrmValidationException.required("run", run);
    CrmValidationException.required("truth", truth);
    boolean link = run.isLink();
    long truePairs = link ? truth.pairsBetween(run.leftIds(), run.rightIds()) : truth.pairsWithin(run.leftIds());
    Set<String> rightIds = link ? new HashSet<>(run.rightIds()) : Set.of();
    long predicted = 0;
    long correct = 0;
    for (Cluster cluster : run.clusters().clusters()) {
      List<String> ids = cluster.recordIds();
      if (link) {
        List<String> left = ids.stream().filter(id -> !rightIds.contains(id)).toList();
        List<String> right = ids.stream().filter(rightIds::contains).toList();
        predicted += (long) left.size() * right.size();
        correct += truth.pairsBetween(left, right);
      } else {
        predicted += (long) ids.size() * (ids.size() - 1) / 2;
        correct += truth.pairsWithin(ids);
      }
    }
    long matchedCorrect = 0;
    for (ScoredPair pair : run.matches()) {
      if (truth.sameEntity(pair.leftId(), pair.rightId())) {
        matchedCorrect++;
      }
    }
    AtomicLong trueCandidates = new AtomicLong();
    run.forEachCandidate((a, b) -> {
      if (truth.sameEntity(a, b)) {
        trueCandidates.incrementAndGet();
      }
    });
    return new Evaluation(new PairMetrics(truePairs, predicted, correct),
        new PairMetrics(truePairs, run.matches().size(), matchedCorrect),
        new BlockingMetrics(truePairs, run.candidatePairs(), trueCandidates.get(), run.blocking().possiblePairs()));
  }

  /** The three lines of the judgement. */
  public String describe() {
    return "clusters: " + clusters.describe() + "\nmatches:  " + matches.describe() + "\nblocking: " + blocking.describe();
  }
}
