package io.crmkit.analytics.clv.internal;

/**
 * The Gauss hypergeometric function {@code 2F1(a, b; c; z)} for real arguments and {@code z < 1},
 * summed as a power series after the transformation that suits the arguments.
 *
 * <ul>
 *   <li>For {@code z < 0}, Pfaff's transformation {@code 2F1(a,b;c;z) = (1-z)^(-a) 2F1(a, c-b; c;
 *       z/(z-1))} moves the argument into {@code [0, 1)}.
 *   <li>For {@code 0 <= z < 1} and {@code c - a - b < 0}, Euler's transformation {@code 2F1(a,b;c;z)
 *       = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z)} replaces a series whose terms first grow by orders of
 *       magnitude (the BG/NBD expectation of a customer with 200 purchases) by one with small
 *       parameters; the power is applied in log space.
 * </ul>
 *
 * <p>The series is summed with a running scale so that values beyond {@code 1e308} come back as
 * their logarithm ({@link #logValue}); it stops when the remaining terms, bounded by a geometric
 * series, fall below 1e-17 of the sum. Arguments close to 1 need about {@code 40 / (1 - z)} terms.
 */
public final class Hypergeometric2F1 {
  private static final int MAX_TERMS = 20_000_000;
  private static final double BIG = 1e250;
  private static final double LOG_BIG = Math.log(BIG);
  private static final double RELATIVE_TOLERANCE = 1e-17;

  private Hypergeometric2F1() {}

  /**
   * The value of {@code 2F1(a, b; c; z)}; infinite when it exceeds the range of a double.
   *
   * @throws IllegalArgumentException when {@code z >= 1}, an argument is not finite or {@code c} is
   *     0 or a negative whole number
   * @throws ArithmeticException when the series does not settle within twenty million terms
   */
  public static double value(double a, double b, double c, double z) {
    double[] signedLog = signedLog(a, b, c, z);
    return signedLog[1] * Math.exp(signedLog[0]);
  }

  /**
   * The natural logarithm of {@code 2F1(a, b; c; z)}; NaN when the value is negative, negative
   * infinity when it is 0.
   *
   * @throws IllegalArgumentException as {@link #value}
   * @throws ArithmeticException as {@link #value}
   */
  public static double logValue(double a, double b, double c, double z) {
    double[] signedLog = signedLog(a, b, c, z);
    if (signedLog[1] > 0) {
      return signedLog[0];
    }
    return signedLog[1] == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
  }

  /**
   * {@code 1 - exp(logScale) x 2F1(a, b; c; z)}, accurate when the product is close to 1 and right
   * when the function is negative (as for the BG/NBD expectations with {@code a + b < 1}).
   *
   * @throws IllegalArgumentException as {@link #value}
   * @throws ArithmeticException as {@link #value}
   */
  public static double oneMinusScaled(double logScale, double a, double b, double c, double z) {
    double[] signedLog = signedLog(a, b, c, z);
    if (signedLog[1] == 0) {
      return 1.0;
    }
    double logProduct = logScale + signedLog[0];
    return signedLog[1] > 0 ? -Math.expm1(logProduct) : 1.0 + Math.exp(logProduct);
  }

  /** {log |F|, sign of F}. */
  private static double[] signedLog(double a, double b, double c, double z) {
    if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(z))) {
      throw new IllegalArgumentException("2F1 needs finite arguments: a=" + a + ", b=" + b + ", c=" + c + ", z=" + z);
    }
    if (!(z < 1.0)) {
      throw new IllegalArgumentException("2F1 is summed here for z < 1 only, was " + z);
    }
    if (c <= 0 && c == Math.rint(c)) {
      throw new IllegalArgumentException("2F1 is not defined for c = " + c + " (0 or a negative whole number)");
    }
    if (z == 0.0 || a == 0.0 || b == 0.0) {
      return new double[] {0.0, 1.0};
    }
    if (terminates(a) || terminates(b)) {
      return series(a, b, c, z);
    }
    if (z < 0.0) {
      double w = z / (z - 1.0);
      double prefix = -a * Math.log1p(-z);
      double[] inner = signedLog(a, c - b, c, w);
      return new double[] {prefix + inner[0], inner[1]};
    }
    if (c - a - b < 0.0) {
      double prefix = (c - a - b) * Math.log1p(-z);
      double[] inner = series(c - a, c - b, c, z);
      return new double[] {prefix + inner[0], inner[1]};
    }
    return series(a, b, c, z);
  }

  private static boolean terminates(double parameter) {
    return parameter < 0 && parameter == Math.rint(parameter);
  }

  private static double[] series(double a, double b, double c, double z) {
    double sum = 1.0;
    double term = 1.0;
    double logScale = 0.0;
    for (int k = 0; k < MAX_TERMS; k++) {
      double ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
      term *= ratio;
      if (term == 0.0) {
        break;
      }
      sum += term;
      if (Math.abs(sum) > BIG) {
        sum /= BIG;
        term /= BIG;
        logScale += LOG_BIG;
      }
      boolean pastSignChanges = a + k > 0 && b + k > 0 && c + k > 0;
      double bound = Math.max(Math.abs(ratio), Math.abs(z));
      if (pastSignChanges && bound < 1.0
          && Math.abs(term) * bound / (1.0 - bound) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
        return new double[] {logScale + Math.log(Math.abs(sum)), Math.signum(sum)};
      }
    }
    if (term == 0.0) {
      return new double[] {logScale + Math.log(Math.abs(sum)), Math.signum(sum)};
    }
    throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not settle in "
        + MAX_TERMS + " terms");
  }
}
