package io.crmkit.identity.match;

import java.util.List;
import java.util.Optional;

/**
 * How a new record matches the records of a {@link MatchIndex}.
 *
 * @param recordId the new record's id
 * @param matches the indexed records it matches, strongest first (rule matches, then by weight);
 *     each pair's left id is the new record's
 * @param reviews the indexed records to review it against, strongest first
 * @param clusterId the cluster it would join: that of its strongest match with room under the
 *     maximum cluster size, or empty when it would start its own
 * @param comparisons the indexed records it was compared with
 */
public record IncomingMatch(String recordId, List<ScoredPair> matches, List<ScoredPair> reviews,
    Optional<String> clusterId, int comparisons) {
  /** Copies the lists. */
  public IncomingMatch {
    matches = List.copyOf(matches);
    reviews = List.copyOf(reviews);
  }
}
