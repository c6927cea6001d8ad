package io.crmkit.lifecycle.shipped;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.ContactId;
import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageName;
import java.util.List;

/**
 * Where a B2C customer stands as of an instant, and how they got there: from
 * {@link B2cCustomerEvaluator}.
 *
 * @param customer the customer's contact
 * @param state the customer's stage and when they entered it
 * @param path the audit records of the way there, oldest first: the entry as a subscriber, then
 *     every move (purchases that keep the stage included); {@link io.crmkit.lifecycle.TimeInStage}
 *     reads it
 */
public record CustomerStage(ContactId customer, LifecycleState state, List<AuditRecord> path) {
  /**
   * Checks and copies.
   *
   * @throws CrmValidationException field {@code customerStage.path}: rule {@code required} when
   *     empty, {@code inconsistent} when its last record does not enter the state's stage
   */
  public CustomerStage {
    CrmValidationException.required("customerStage.customer", customer);
    CrmValidationException.required("customerStage.state", state);
    path = List.copyOf(CrmValidationException.required("customerStage.path", path));
    if (path.isEmpty()) {
      throw CrmValidationException.of("customerStage.path", "required", path, "a path starts with the entry");
    }
    if (!path.get(path.size() - 1).to().equals(state.stage())) {
      throw CrmValidationException.of(
          "customerStage.path", "inconsistent", path.get(path.size() - 1).to(),
          "the path ends in the customer's stage '" + state.stage() + "'");
    }
  }

  /** The customer's stage. */
  public StageName stage() {
    return state.stage();
  }
}
