package io.crmkit.analytics.clv.internal;

/**
 * Sums and differences of numbers held as their natural logarithms, so that likelihoods of customers
 * with hundreds of purchases neither overflow nor underflow.
 */
public final class LogSpace {
  private LogSpace() {}

  /** {@code log(exp(a) + exp(b))}, exact for either argument negative infinity. */
  public static double addExp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    double max = Math.max(a, b);
    return max + Math.log1p(Math.exp(-Math.abs(a - b)));
  }

  /**
   * {@code log(exp(a) - exp(b))} for {@code a >= b}: negative infinity when they are equal, NaN when
   * {@code b > a}.
   */
  public static double subtractExp(double a, double b) {
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    if (b > a) {
      return Double.NaN;
    }
    return a + log1mExp(b - a);
  }

  /**
   * {@code log(1 - exp(x))} for {@code x <= 0}, accurate near 0 and for large negative {@code x}
   * (Maechler's switch at {@code -log 2}).
   */
  public static double log1mExp(double x) {
    if (x > -0.6931471805599453) {
      return Math.log(-Math.expm1(x));
    }
    return Math.log1p(-Math.exp(x));
  }

  /** {@code log(exp(v[0]) + ... + exp(v[n-1]))} over the first {@code n} values. */
  public static double sumExp(double[] v, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, v[i]);
    }
    if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
      return max;
    }
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      sum += Math.exp(v[i] - max);
    }
    return max + Math.log(sum);
  }

  /**
   * {@code (1 - u^e) / e} for {@code u} given as {@code logU}, with its limit {@code -logU} at
   * {@code e = 0}: the factor that the Pareto/NBD expectations share.
   */
  public static double oneMinusPowerOverExponent(double logU, double e) {
    double product = e * logU;
    if (Math.abs(e) < 1e-12) {
      return -logU * (1.0 + product / 2.0);
    }
    return -Math.expm1(product) / e;
  }
}
