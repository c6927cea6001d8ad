package io.crmkit.core.conversion;

import io.crmkit.core.CrmValidationException;

/**
 * A field of an existing account or contact that a conversion left as it was, because it already
 * had a value other than the lead's: a conversion never overwrites.
 *
 * @param field the field, prefixed with its record: {@code account.industry}, {@code contact.jobTitle}
 * @param kept the value the record kept, as text
 * @param offered the lead's value that was not taken, as text
 */
public record SkippedField(String field, String kept, String offered) {
  /** Checks every part. */
  public SkippedField {
    CrmValidationException.requiredText("skippedField.field", field);
    CrmValidationException.required("skippedField.kept", kept);
    CrmValidationException.required("skippedField.offered", offered);
  }

  @Override
  public String toString() {
    return field + " kept " + kept + " (lead: " + offered + ")";
  }
}
