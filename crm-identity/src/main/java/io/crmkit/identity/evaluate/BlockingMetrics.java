package io.crmkit.identity.evaluate;

import java.util.Locale;

/**
 * How well blocking kept the true pairs while cutting the comparisons.
 *
 * @param truePairs the true pairs there are
 * @param candidatePairs the pairs blocking picked
 * @param trueCandidatePairs the picked pairs that are true
 * @param possiblePairs every pair there is
 */
public record BlockingMetrics(long truePairs, long candidatePairs, long trueCandidatePairs, long possiblePairs) {

  /** The share of true pairs among the candidates (1 when there is none). */
  public double pairCompleteness() {
    return truePairs == 0 ? 1.0 : (double) trueCandidatePairs / truePairs;
  }

  /** The share of possible pairs not compared (1 when there is none). */
  public double reductionRatio() {
    return possiblePairs == 0 ? 1.0 : 1.0 - (double) candidatePairs / possiblePairs;
  }

  /** Pair completeness and reduction ratio on one line. */
  public String describe() {
    return String.format(Locale.ROOT, "pair completeness %.4f, reduction ratio %.4f (%,d candidates of %,d pairs)",
        pairCompleteness(), reductionRatio(), candidatePairs, possiblePairs);
  }
}
