package io.crmkit.identity.quality;

import io.crmkit.core.CrmValidationException;

/**
 * A value of a record that a check found invalid or suspicious.
 *
 * @param recordId the record
 * @param field the field
 * @param value the value as the record holds it
 * @param severity invalid or suspicious
 * @param rule the rule that found it, such as {@code placeholder}
 * @param detail a sentence for a person
 */
public record ValueIssue(String recordId, String field, String value, Severity severity, String rule, String detail) {
  /** Checks every part. */
  public ValueIssue {
    CrmValidationException.requiredText("valueIssue.recordId", recordId);
    CrmValidationException.requiredText("valueIssue.field", field);
    CrmValidationException.required("valueIssue.value", value);
    CrmValidationException.required("valueIssue.severity", severity);
    CrmValidationException.requiredText("valueIssue.rule", rule);
    CrmValidationException.requiredText("valueIssue.detail", detail);
  }

  @Override
  public String toString() {
    return severity + " " + recordId + "." + field + " = " + value + " (" + rule + "): " + detail;
  }
}
