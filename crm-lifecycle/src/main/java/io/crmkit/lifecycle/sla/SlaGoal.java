package io.crmkit.lifecycle.sla;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.support.CaseSeverity;

/**
 * The target of one metric for cases of one severity: "first response within 1 hour for critical
 * cases".
 *
 * @param severity the severity of the cases it applies to
 * @param metric what it measures
 * @param target the target, its calendar and warning
 */
public record SlaGoal(CaseSeverity severity, SlaMetric metric, SlaTarget target) {
  /**
   * Checks the goal.
   *
   * @throws CrmValidationException when a part is missing (rule {@code required})
   */
  public SlaGoal {
    CrmValidationException.required("slaGoal.severity", severity);
    CrmValidationException.required("slaGoal.metric", metric);
    CrmValidationException.required("slaGoal.target", target);
  }
}
