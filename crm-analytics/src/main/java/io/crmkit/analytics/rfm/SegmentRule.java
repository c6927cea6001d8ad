package io.crmkit.analytics.rfm;

import io.crmkit.core.CrmValidationException;

/**
 * One row of a segment table: the segment a customer belongs to when its three scores lie in the
 * three ranges.
 *
 * @param segment the segment's name, not blank
 * @param recency the recency scores of the row
 * @param frequency the frequency scores of the row
 * @param monetary the monetary scores of the row
 */
public record SegmentRule(String segment, ScoreRange recency, ScoreRange frequency, ScoreRange monetary) {
  /** Checks every part; strips the name. */
  public SegmentRule {
    segment = CrmValidationException.requiredText("rfm.segment.name", segment);
    CrmValidationException.required("rfm.segment.recency", recency);
    CrmValidationException.required("rfm.segment.frequency", frequency);
    CrmValidationException.required("rfm.segment.monetary", monetary);
  }

  /** Whether the scores match the row. */
  public boolean matches(RfmScore score) {
    return matches(score.recency(), score.frequency(), score.monetary());
  }

  /** Whether the three scores match the row. */
  public boolean matches(int recency, int frequency, int monetary) {
    return this.recency.contains(recency) && this.frequency.contains(frequency) && this.monetary.contains(monetary);
  }

  /** {@code Champions: R 5, F 5, M 5}. */
  @Override
  public String toString() {
    return segment + ": R " + recency + ", F " + frequency + ", M " + monetary;
  }
}
