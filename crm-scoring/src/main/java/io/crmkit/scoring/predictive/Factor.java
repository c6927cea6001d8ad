package io.crmkit.scoring.predictive;

import io.crmkit.core.CrmValidationException;

/**
 * One reason for a prediction: a lead's value of a feature and how far it moves the lead's log-odds
 * of being won. A positive push raises the probability, a negative one lowers it.
 *
 * @param feature the feature ({@code "industry"})
 * @param value the lead's value, as text ({@code "Retail"}, {@code "120"}, {@code "(100, 250]"} for a
 *     range of numbers, {@code "missing"} for no value where a model gives that a weight)
 * @param logOdds the change in the natural logarithm of the odds of winning (won against lost)
 *     that this value brings
 */
public record Factor(String feature, String value, double logOdds) {
  /** Checks the parts. */
  public Factor {
    feature = CrmValidationException.requiredText("factor.feature", feature);
    value = CrmValidationException.required("factor.value", value);
    if (!Double.isFinite(logOdds)) {
      throw CrmValidationException.of("factor.logOdds", "finite", logOdds, "a push is a finite number");
    }
  }

  /** The factor's push as an odds ratio: {@code exp(logOdds)}; above 1 it raises the odds. */
  public double oddsRatio() {
    return Math.exp(logOdds);
  }
}
