package io.crmkit.scoring.predictive.logistic;

import io.crmkit.core.CrmValidationException;

/**
 * How the fit of a logistic regression ended.
 *
 * @param converged whether the weights settled: the last Newton step moved no weight by more than
 *     the tolerance
 * @param iterations the Newton steps taken
 * @param penalisedLogLikelihood the fit's log-likelihood minus the L2 penalty (natural logarithm)
 * @param lastStep the largest change of a weight (per standard deviation) in the last step
 * @param explanation one sentence: how it converged, or why it did not
 */
public record Convergence(
    boolean converged, int iterations, double penalisedLogLikelihood, double lastStep, String explanation) {
  /** Checks the parts. */
  public Convergence {
    if (iterations < 0) {
      throw CrmValidationException.of("convergence.iterations", "range", iterations, "0 or more");
    }
    explanation = CrmValidationException.requiredText("convergence.explanation", explanation);
  }
}
