package io.crmkit.identity.match;

import java.util.List;

/**
 * How a model was trained.
 *
 * @param estimation how it was estimated
 * @param candidatePairs the candidate pairs blocking found
 * @param randomPairs the random pairs that gave the u probabilities
 * @param sessions the sessions of expectation maximisation, in order
 * @param untrained the comparisons no session estimated m for (left out of every session): they
 *     keep their starting m, a guess; add a blocking rule on other fields to train them
 */
public record TrainingReport(Estimation estimation, long candidatePairs, long randomPairs,
    List<TrainingSession> sessions, List<String> untrained) {
  /** Copies the lists. */
  public TrainingReport {
    sessions = List.copyOf(sessions);
    untrained = List.copyOf(untrained);
  }

  /** Whether every session converged. */
  public boolean converged() {
    return sessions.stream().allMatch(TrainingSession::converged);
  }
}
