package io.crmkit.analytics.rfm;

import java.util.Arrays;

/** Type-7 quantiles, computed as R's {@code quantile(type = 7)} does. */
final class Quantiles {
  private Quantiles() {}

  /** The probability {@code i/n} as R's {@code seq(0, 1, length.out = n + 1)} computes it: {@code i * (1/n)}. */
  static double probability(int i, int n) {
    if (i == 0) {
      return 0;
    }
    return i == n ? 1 : i * (1.0 / n);
  }

  /**
   * The type-7 quantiles of values (in any order) at the probabilities, from the few order
   * statistics they need.
   *
   * @param values at least one
   */
  static double[] type7(double[] values, double[] probabilities) {
    int n = values.length;
    int[] positions = new int[2 * probabilities.length];
    for (int i = 0; i < probabilities.length; i++) {
      double index = 1 + (n - 1) * probabilities[i];
      positions[2 * i] = (int) Math.floor(index) - 1;
      positions[2 * i + 1] = (int) Math.ceil(index) - 1;
    }
    int[] wanted = Arrays.stream(positions).distinct().sorted().toArray();
    double[] at = OrderStatistics.select(values, wanted);
    double[] quantiles = new double[probabilities.length];
    for (int i = 0; i < probabilities.length; i++) {
      double index = 1 + (n - 1) * probabilities[i];
      int lo = (int) Math.floor(index);
      double quantile = at[Arrays.binarySearch(wanted, lo - 1)];
      double upper = at[Arrays.binarySearch(wanted, (int) Math.ceil(index) - 1)];
      if (index > lo && upper != quantile) {
        double h = index - lo;
        quantile = (1 - h) * quantile + h * upper;
      }
      quantiles[i] = quantile;
    }
    return quantiles;
  }

  /**
   * The type-7 quantile of sorted values: {@code index = 1 + (N−1)·p}, {@code lo = floor(index)},
   * {@code h = index − lo}, {@code (1−h)·x[lo] + h·x[lo+1]} with 1-based {@code x}.
   *
   * @param sorted at least one value, ascending
   */
  static double type7(double[] sorted, double p) {
    double index = 1 + (sorted.length - 1) * p;
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double quantile = sorted[lo - 1];
    if (index > lo && sorted[hi - 1] != quantile) {
      double h = index - lo;
      quantile = (1 - h) * quantile + h * sorted[hi - 1];
    }
    return quantile;
  }
}
