package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;

/**
 * A fitted parameter with its standard error.
 *
 * @param name the parameter's name as in the literature ({@code "r"}, {@code "alpha"})
 * @param estimate the maximum-likelihood estimate
 * @param standardError the square root of the parameter's variance from the inverse of the observed
 *     information (minus the Hessian of the penalised log-likelihood at the estimate), by the delta
 *     method from the log-parameters the fit works on
 */
public record ParameterEstimate(String name, double estimate, double standardError) {
  /** Checks the parts. */
  public ParameterEstimate {
    name = CrmValidationException.requiredText("parameterEstimate.name", name);
  }
}
