package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;

/**
 * How a CLV model is fitted by maximum likelihood.
 *
 * <p>The fit maximises {@code log-likelihood - l2Penalty / 2 x (sum of squared parameters)}, the
 * parameters in the data's units. The penalty is on the summed log-likelihood, so it weighs less as
 * the customers grow: lifetimes' {@code penalizer_coef c} on the mean log-likelihood of {@code n}
 * customers is {@code l2Penalty = 2 c n} here.
 *
 * @param l2Penalty the L2 penalty, finite and 0 or more (0: plain maximum likelihood)
 * @param maxIterations the most Newton iterations after the Nelder-Mead start, 1 or more
 * @param tolerance converged when the next Newton step promises to raise the penalised
 *     log-likelihood by less than this (natural logarithm), above 0
 */
public record FitOptions(double l2Penalty, int maxIterations, double tolerance) {
  /** The most Newton iterations unless told otherwise. */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  /** The tolerance unless told otherwise. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  /**
   * Checks the settings.
   *
   * @throws CrmValidationException naming {@code fitOptions.<setting>} with rule {@code range}
   */
  public FitOptions {
    if (!(l2Penalty >= 0 && Double.isFinite(l2Penalty))) {
      throw CrmValidationException.of("fitOptions.l2Penalty", "range", l2Penalty, "a finite penalty of 0 or more");
    }
    if (maxIterations < 1) {
      throw CrmValidationException.of("fitOptions.maxIterations", "range", maxIterations, "at least one iteration");
    }
    if (!(tolerance > 0 && Double.isFinite(tolerance))) {
      throw CrmValidationException.of("fitOptions.tolerance", "range", tolerance, "a finite tolerance above 0");
    }
  }

  /** Plain maximum likelihood with the default iterations and tolerance. */
  public static FitOptions defaults() {
    return new FitOptions(0.0, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
  }

  /** These options with another L2 penalty. */
  public FitOptions withL2Penalty(double penalty) {
    return new FitOptions(penalty, maxIterations, tolerance);
  }

  /** These options with another limit on Newton iterations. */
  public FitOptions withMaxIterations(int iterations) {
    return new FitOptions(l2Penalty, iterations, tolerance);
  }

  /** These options with another tolerance. */
  public FitOptions withTolerance(double limit) {
    return new FitOptions(l2Penalty, maxIterations, limit);
  }
}
