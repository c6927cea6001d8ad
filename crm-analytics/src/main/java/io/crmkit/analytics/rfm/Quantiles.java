package io.crmkit.analytics.rfm;

/** Type-7 quantiles of sorted values, computed as R's {@code quantile(type = 7)} does. */
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
