package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * A trigger that leads out of a record's stage, with what still stands in its way: for a user
 * interface that shows the next steps and why some are not possible yet.
 *
 * @param trigger the trigger
 * @param label the trigger's label, for display
 * @param target the stage it leads to
 * @param backward whether it leads to a lower rank: only a person may take it, giving a reason
 * @param unmet the exit criteria that do not hold for the record, each violation naming its
 *     criterion; empty when the trigger may be taken now
 */
public record AvailableTrigger(
    TriggerName trigger, String label, StageName target, boolean backward, List<Violation> unmet) {
  /** Checks and copies. */
  public AvailableTrigger {
    CrmValidationException.required("availableTrigger.trigger", trigger);
    CrmValidationException.required("availableTrigger.label", label);
    CrmValidationException.required("availableTrigger.target", target);
    unmet = List.copyOf(CrmValidationException.required("availableTrigger.unmet", unmet));
  }

  /** Whether every exit criterion holds (a move back also needs a person and a reason). */
  public boolean isReady() {
    return unmet.isEmpty();
  }

  /** Whether taking the trigger needs a reason: it leads back. */
  public boolean needsReason() {
    return backward;
  }
}
