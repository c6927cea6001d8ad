package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;

/**
 * How the model is trained without labels.
 *
 * @param randomPairs how many random pairs give the u probabilities (every pair when there are no
 *     more), 1 or more
 * @param maxIterations the most rounds of expectation maximisation per session, 1 or more
 * @param tolerance a session stops when no probability moves by more than this in a round, above 0
 * @param seed the seed of the random pairs: the same seed, records and settings give the same model
 * @param estimation how m, u and the prior are estimated
 */
public record TrainingOptions(int randomPairs, int maxIterations, double tolerance, long seed,
    Estimation estimation) {
  /** 200,000 random pairs, at most 200 rounds, tolerance 1e-6, seed 42, one session per blocking rule. */
  public static final TrainingOptions DEFAULT = new TrainingOptions(200_000, 200, 1e-6, 42,
      Estimation.BLOCKING_SESSIONS);

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
    CrmValidationException.required("training.estimation", estimation);
  }

  /** These options with another way of estimating. */
  public TrainingOptions with(Estimation newEstimation) {
    return new TrainingOptions(randomPairs, maxIterations, tolerance, seed, newEstimation);
  }

  /** These options with another seed. */
  public TrainingOptions withSeed(long newSeed) {
    return new TrainingOptions(randomPairs, maxIterations, tolerance, newSeed, estimation);
  }

  /** These options with another number of random pairs. */
  public TrainingOptions withRandomPairs(int pairs) {
    return new TrainingOptions(pairs, maxIterations, tolerance, seed, estimation);
  }
}
