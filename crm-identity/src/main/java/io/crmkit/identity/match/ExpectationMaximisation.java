package io.crmkit.identity.match;

/**
 * Expectation maximisation of a two-class mixture under conditional independence, on the counts of
 * comparison patterns: the E step gives each pattern its chance of being a match, the M step
 * re-estimates the prior, m and u from those chances. Missing levels (level 0) carry no evidence
 * and are left out of both steps.
 */
final class ExpectationMaximisation {
  /** The least probability a level keeps, so no weight becomes infinite. */
  static final double FLOOR = 1e-6;

  private ExpectationMaximisation() {}

  /** The fitted parameters and how the fit went. */
  record Fit(double prior, double[][] m, double[][] u, int iterations, boolean converged) {}

  /**
   * Fits the model.
   *
   * @param patterns distinct patterns: level per comparison
   * @param counts how many pairs show each pattern
   * @param levelCounts the number of levels of each comparison, missing included
   * @param m the starting m by comparison and level (index 0 unused)
   * @param u the starting u by comparison and level (index 0 unused)
   * @param prior the starting prior
   * @param fixU whether u stays as given
   */
  static Fit fit(int[][] patterns, long[] counts, int[] levelCounts, double[][] m, double[][] u, double prior,
      boolean fixU, TrainingOptions options) {
    int comparisons = levelCounts.length;
    double[][] mNow = copy(m);
    double[][] uNow = copy(u);
    double priorNow = prior;
    double[] posterior = new double[patterns.length];
    double total = 0;
    for (long count : counts) {
      total += count;
    }
    for (int iteration = 1; iteration <= options.maxIterations(); iteration++) {
      // E step: the chance each pattern is a match, in log space to survive many comparisons
      double logPrior = Math.log(priorNow);
      double logNotPrior = Math.log1p(-priorNow);
      for (int p = 0; p < patterns.length; p++) {
        double logMatch = logPrior;
        double logNonMatch = logNotPrior;
        for (int c = 0; c < comparisons; c++) {
          int level = patterns[p][c];
          if (level != 0) {
            logMatch += Math.log(mNow[c][level]);
            logNonMatch += Math.log(uNow[c][level]);
          }
        }
        posterior[p] = 1.0 / (1.0 + Math.exp(logNonMatch - logMatch));
      }
      // M step
      double matches = 0;
      double[][] mSum = new double[comparisons][];
      double[][] uSum = new double[comparisons][];
      for (int c = 0; c < comparisons; c++) {
        mSum[c] = new double[levelCounts[c]];
        uSum[c] = new double[levelCounts[c]];
      }
      for (int p = 0; p < patterns.length; p++) {
        double asMatch = posterior[p] * counts[p];
        double asNonMatch = (1 - posterior[p]) * counts[p];
        matches += asMatch;
        for (int c = 0; c < comparisons; c++) {
          int level = patterns[p][c];
          mSum[c][level] += asMatch;
          uSum[c][level] += asNonMatch;
        }
      }
      double nextPrior = clamp(matches / total);
      double[][] nextM = normalised(mSum, mNow);
      double[][] nextU = fixU ? uNow : normalised(uSum, uNow);
      double change = Math.max(Math.abs(nextPrior - priorNow), Math.max(maxChange(nextM, mNow), maxChange(nextU, uNow)));
      mNow = nextM;
      uNow = nextU;
      priorNow = nextPrior;
      if (change < options.tolerance()) {
        return new Fit(priorNow, mNow, uNow, iteration, true);
      }
    }
    return new Fit(priorNow, mNow, uNow, options.maxIterations(), false);
  }

  /** Sums to probabilities over the levels 1.., floored; a comparison never present keeps its old values. */
  private static double[][] normalised(double[][] sums, double[][] previous) {
    double[][] out = new double[sums.length][];
    for (int c = 0; c < sums.length; c++) {
      out[c] = new double[sums[c].length];
      out[c][0] = 1.0;
      double total = 0;
      for (int level = 1; level < sums[c].length; level++) {
        total += sums[c][level];
      }
      if (total <= 0) {
        out[c] = previous[c].clone();
        continue;
      }
      double floored = 0;
      for (int level = 1; level < sums[c].length; level++) {
        out[c][level] = Math.max(FLOOR, sums[c][level] / total);
        floored += out[c][level];
      }
      for (int level = 1; level < sums[c].length; level++) {
        out[c][level] /= floored;
      }
    }
    return out;
  }

  /**
   * The prior alone, m and u fixed: the share of matches among {@code possiblePairs} pairs, of
   * which only the counted ones may match (every other pair was not compared and counts as a
   * non-match).
   *
   * @param weights the weight in bits (without prior) of each distinct pattern
   * @param counts how many pairs show each pattern
   */
  static Fit prior(double[] weights, long[] counts, long possiblePairs, TrainingOptions options) {
    long compared = 0;
    for (long count : counts) {
      compared += count;
    }
    double prior = clampPrior(0.5 * compared / possiblePairs);
    for (int iteration = 1; iteration <= options.maxIterations(); iteration++) {
      double logOdds = Math.log(prior / (1 - prior));
      double matches = 0;
      for (int p = 0; p < weights.length; p++) {
        matches += counts[p] / (1.0 + Math.exp(-(logOdds + weights[p] * Math.log(2))));
      }
      double next = clampPrior(matches / possiblePairs);
      double change = Math.abs(next - prior) / prior;
      prior = next;
      if (change < options.tolerance()) {
        return new Fit(prior, new double[0][], new double[0][], iteration, true);
      }
    }
    return new Fit(prior, new double[0][], new double[0][], options.maxIterations(), false);
  }

  private static double clampPrior(double p) {
    return Math.min(1 - FLOOR, Math.max(1e-15, p));
  }

  static double clamp(double p) {
    return Math.min(1 - FLOOR, Math.max(FLOOR, p));
  }

  private static double maxChange(double[][] a, double[][] b) {
    double max = 0;
    for (int c = 0; c < a.length; c++) {
      for (int level = 1; level < a[c].length; level++) {
        max = Math.max(max, Math.abs(a[c][level] - b[c][level]));
      }
    }
    return max;
  }

  private static double[][] copy(double[][] values) {
    double[][] out = new double[values.length][];
    for (int c = 0; c < values.length; c++) {
      out[c] = values[c].clone();
    }
    return out;
  }
}
