package io.crmkit.identity.evaluate;

import java.util.Locale;

/**
 * Pair precision, recall and F1: how many of the pairs taken as matches are true, and how many
 * true pairs were found.
 *
 * @param truePairs the true pairs there are
 * @param predictedPairs the pairs taken as matches
 * @param correctPairs the pairs taken as matches that are true
 */
public record PairMetrics(long truePairs, long predictedPairs, long correctPairs) {

  /** The share of predicted pairs that are true (1 when none is predicted). */
  public double precision() {
    return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
  }

  /** The share of true pairs predicted (1 when there is none). */
  public double recall() {
    return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
  }

  /** The harmonic mean of precision and recall (0 when both are 0). */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Precision, recall and F1 on one line. */
  public String describe() {
    return String.format(Locale.ROOT, "precision %.4f, recall %.4f, F1 %.4f (%,d predicted, %,d correct, %,d true)",
        precision(), recall(), f1(), predictedPairs, correctPairs, truePairs);
  }
}
