package io.crmkit.identity.match;

import java.util.List;

/**
 * One session of expectation maximisation.
 *
 * @param pairs what the session learnt from: a blocking rule's name, {@code candidate pairs}, or
 *     {@code prior} for the estimate of the prior
 * @param pairCount how many pairs it learnt from
 * @param leftOut the comparisons left out (those of the fields the rule blocks on)
 * @param iterations the rounds run
 * @param converged whether the parameters settled within the tolerance
 */
public record TrainingSession(String pairs, long pairCount, List<String> leftOut, int iterations, boolean converged) {
  /** Copies the list. */
  public TrainingSession {
    leftOut = List.copyOf(leftOut);
  }
}
