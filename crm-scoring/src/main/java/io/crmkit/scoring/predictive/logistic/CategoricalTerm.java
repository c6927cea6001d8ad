package io.crmkit.scoring.predictive.logistic;

import io.crmkit.core.CrmValidationException;
import java.util.Map;

/**
 * The weights of a categorical feature: one per category seen in training.
 *
 * @param feature the feature
 * @param levelWeights the change of the log-odds for each category; a category not listed has no
 *     push
 * @param missingWeight the change of the log-odds when the value is missing (0 when no training
 *     value was missing)
 */
public record CategoricalTerm(String feature, Map<String, Double> levelWeights, double missingWeight) {
  /** Checks the parts. */
  public CategoricalTerm {
    feature = CrmValidationException.requiredText("term.feature", feature);
    levelWeights = Map.copyOf(CrmValidationException.required("term.levelWeights", levelWeights));
    for (double w : levelWeights.values()) {
      if (!Double.isFinite(w)) {
        throw CrmValidationException.of("term." + feature, "finite", w, "weights are finite");
      }
    }
    if (!Double.isFinite(missingWeight)) {
      throw CrmValidationException.of("term." + feature, "finite", missingWeight, "weights are finite");
    }
  }

  /** The push of a category on the log-odds (0 for a category not seen in training). */
  public double push(String level) {
    return levelWeights.getOrDefault(level, 0.0);
  }
}
