package io.crmkit.scoring.dataset;

import io.crmkit.core.CrmValidationException;

/**
 * A numeric column of a dataset, such as a number of employees.
 *
 * @param name the feature's name
 */
public record NumericFeature(String name) implements Feature {
  /** Checks and strips the name. */
  public NumericFeature {
    name = CrmValidationException.requiredText("feature.name", name).strip();
  }
}
