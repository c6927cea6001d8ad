package io.crmkit.identity.quality;

import io.crmkit.core.CrmValidationException;
import java.util.Locale;

/**
 * How good one field is across the records: how often it is filled and how many of its values are
 * invalid or suspicious.
 *
 * @param field the field
 * @param records the number of records looked at
 * @param filled the number of records holding a value in the field
 * @param completionRate {@code filled / records}, from 0 to 1; 0 when there is no record
 * @param meetsCompletionBar whether the completion rate reaches the report's bar
 * @param invalidValues the number of values found invalid
 * @param suspiciousValues the number of values found suspicious
 */
public record FieldQuality(String field, int records, int filled, double completionRate, boolean meetsCompletionBar,
    int invalidValues, int suspiciousValues) {
  /** Checks the counts. */
  public FieldQuality {
    CrmValidationException.requiredText("fieldQuality.field", field);
    if (records < 0 || filled < 0 || filled > records || invalidValues < 0 || suspiciousValues < 0) {
      throw CrmValidationException.of("fieldQuality.counts", "range", filled + "/" + records,
          "counts are 0 or more and no field is filled in more records than there are");
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %d of %d filled (%.1f %%%s), %d invalid, %d suspicious", field,
        filled, records, completionRate * 100, meetsCompletionBar ? "" : ", below the bar", invalidValues,
        suspiciousValues);
  }
}
