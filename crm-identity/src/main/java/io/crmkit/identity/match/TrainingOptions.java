package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;

/**
 * How the model is trained without labels.
 *
 * @param randomPairs how many random pairs give the starting u probabilities (every pair when
 *     there are no more), 1 or more
 * @param maxIterations the most rounds of expectation maximisation, 1 or more
 * @param tolerance training stops when no probability moves by more than this in a round, above 0
 * @param seed the seed of the random pairs: the same seed, records and settings give the same model
 * @param fixU whether u probabilities stay at their random-pair values (Splink's default) instead
 *     of being re-estimated among the candidate pairs (the classic ECM of recordlinkage)
 */
public record TrainingOptions(int randomPairs, int maxIterations, double tolerance, long seed, boolean fixU) {
  /** 200,000 random pairs, at most 200 rounds, tolerance 1e-6, seed 42, u re-estimated. */
  public static final TrainingOptions DEFAULT = new TrainingOptions(200_000, 200, 1e-6, 42, false);

  /** Checks the numbers. */
  public TrainingOptions {
    if (randomPairs < 1) {
      throw CrmValidationException.of("training.randomPairs", "range", randomPairs, "1 or more pairs");
    }
    if (maxIterations < 1) {
      throw CrmValidationException.of("training.maxIterations", "range", maxIterations, "1 or more rounds");
    }
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw CrmValidationException.of("training.tolerance", "range", tolerance, "a finite number above 0");
    }
  }

  /** These options with u kept at the random-pair values. */
  public TrainingOptions withFixedU() {
    return new TrainingOptions(randomPairs, maxIterations, tolerance, seed, true);
  }

  /** These options with another seed. */
  public TrainingOptions withSeed(long newSeed) {
    return new TrainingOptions(randomPairs, maxIterations, tolerance, newSeed, fixU);
  }
}
