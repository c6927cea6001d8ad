package io.crmkit.scoring.health;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;

/**
 * One measure's part in a health score.
 *
 * @param measure the measure's name
 * @param value the raw value read
 * @param score the value mapped to 0..100
 * @param weight the measure's weight
 * @param share the measure's share of the health score, {@code weight x score / total weight of the
 *     measures with values}; the shares sum to the score
 */
public record MeasureScore(String measure, double value, double score, double weight, double share) {
  /** Checks the name and numbers. */
  public MeasureScore {
    measure = Texts.required("measureScore.measure", measure);
    Texts.finite("measureScore.value", value);
    if (!(score >= 0 && score <= 100)) {
      throw CrmValidationException.of("measureScore.score", "range", score, "a score is from 0 to 100");
    }
    Texts.finite("measureScore.weight", weight);
    Texts.finite("measureScore.share", share);
  }
}
