package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Optional;

/**
 * What a converged fit found: the parameters with standard errors and the log-likelihood.
 *
 * @param parameters the estimates, in the model's order
 * @param logLikelihood the log-likelihood at the estimates (natural logarithm, summed over
 *     customers, without the penalty), in the data's units
 * @param l2Penalty the penalty the fit used
 * @param customers the customers fitted
 * @param iterations the Newton iterations after the Nelder-Mead start
 * @param evaluations the log-likelihood's evaluations in all
 */
public record ModelFit(
    List<ParameterEstimate> parameters, double logLikelihood, double l2Penalty, long customers, int iterations,
    int evaluations) {
  /** Checks the parts. */
  public ModelFit {
    parameters = List.copyOf(CrmValidationException.required("modelFit.parameters", parameters));
  }

  /** The estimate of the named parameter. */
  public Optional<ParameterEstimate> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The standard error of the named parameter; NaN when there is no such parameter. */
  public double standardError(String name) {
    return parameter(name).map(ParameterEstimate::standardError).orElse(Double.NaN);
  }
}
