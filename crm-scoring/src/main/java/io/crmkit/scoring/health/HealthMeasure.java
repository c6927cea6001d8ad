package io.crmkit.scoring.health;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;

/**
 * One measure of customer health (product usage, support volume, executive alignment, billing
 * risk, NPS), its weight and how its raw value maps to 0..100.
 *
 * @param name the measure's name, white space folded; unique in its model, ignoring case
 * @param weight the measure's weight, more than 0; weights need not sum to 100, only their ratios count
 * @param scale how a raw value maps to a score
 */
public record HealthMeasure(String name, double weight, MeasureScale scale) {
  /**
   * Checks every part.
   *
   * @throws CrmValidationException naming {@code measure.name}, {@code measure.weight} (rule
   *     {@code range} unless more than 0 and finite) or {@code measure.scale}
   */
  public HealthMeasure {
    name = Texts.required("measure.name", name);
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw CrmValidationException.of("measure.weight", "range", weight, "a weight is a finite number above 0");
    }
    CrmValidationException.required("measure.scale", scale);
  }

  /** A measure. */
  public static HealthMeasure of(String name, double weight, MeasureScale scale) {
    return new HealthMeasure(name, weight, scale);
  }
}
