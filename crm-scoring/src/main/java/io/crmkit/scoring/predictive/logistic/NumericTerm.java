package io.crmkit.scoring.predictive.logistic;

import io.crmkit.core.CrmValidationException;

/**
 * The weight of a numeric feature: standardised with the training mean and standard deviation.
 *
 * @param feature the feature
 * @param mean the mean of the training values
 * @param standardDeviation the (population) standard deviation of the training values; 0 for a
 *     feature that never varied, which then has no weight
 * @param weight the change of the log-odds per standard deviation above the mean
 * @param missingWeight the change of the log-odds when the value is missing (0 when no training
 *     value was missing)
 */
public record NumericTerm(String feature, double mean, double standardDeviation, double weight, double missingWeight) {
  /** Checks the parts. */
  public NumericTerm {
    feature = CrmValidationException.requiredText("term.feature", feature);
    if (!Double.isFinite(mean) || !Double.isFinite(weight) || !Double.isFinite(missingWeight)
        || !(standardDeviation >= 0.0 && Double.isFinite(standardDeviation))) {
      throw CrmValidationException.of("term." + feature, "finite", mean + " / " + standardDeviation + " / " + weight,
          "finite numbers, a standard deviation of 0 or more");
    }
  }

  /** The change of the log-odds per unit of the feature (per employee, per visit): {@code weight / standardDeviation}. */
  public double weightPerUnit() {
    return standardDeviation == 0.0 ? 0.0 : weight / standardDeviation;
  }

  /** The push of a value on the log-odds. */
  public double push(double value) {
    return standardDeviation == 0.0 ? 0.0 : weight * (value - mean) / standardDeviation;
  }
}
