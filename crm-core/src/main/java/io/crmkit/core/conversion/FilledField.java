package io.crmkit.core.conversion;

import io.crmkit.core.CrmValidationException;

/**
 * An empty field of an existing account or contact that a conversion filled from the lead.
 *
 * @param field the field, prefixed with its record: {@code account.industry}, {@code contact.jobTitle}
 * @param value the value it was given, as text
 */
public record FilledField(String field, String value) {
  /** Checks both parts. */
  public FilledField {
    CrmValidationException.requiredText("filledField.field", field);
    CrmValidationException.required("filledField.value", value);
  }

  @Override
  public String toString() {
    return field + " = " + value;
  }
}
