package io.crmkit.identity.quality;

import io.crmkit.core.CrmValidationException;

/**
 * What a {@link ValueCheck} found wrong with one value.
 *
 * @param severity invalid or suspicious
 * @param rule the rule that found it, a short token such as {@code placeholder} or {@code future}
 * @param detail a sentence for a person
 */
public record Finding(Severity severity, String rule, String detail) {
  /** Checks every part. */
  public Finding {
    CrmValidationException.required("finding.severity", severity);
    CrmValidationException.requiredText("finding.rule", rule);
    CrmValidationException.requiredText("finding.detail", detail);
  }

  static Finding invalid(String rule, String detail) {
    return new Finding(Severity.INVALID, rule, detail);
  }

  static Finding suspicious(String rule, String detail) {
    return new Finding(Severity.SUSPICIOUS, rule, detail);
  }
}
