package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * A record entering a lifecycle, from {@link LifecycleDefinition#start}: the host saves the state
 * and the audit record, publishes the event and runs the side effects of entering the stage.
 *
 * @param state the record's first state
 * @param events a {@link LifecycleEntered}
 * @param sideEffects the side effects of entering the stage
 * @param audit the audit record of the entry
 */
public record LifecycleStart(
    LifecycleState state, List<LifecycleEvent> events, List<SideEffect> sideEffects, AuditRecord audit) {
  /** Checks and copies. */
  public LifecycleStart {
    CrmValidationException.required("start.state", state);
    events = List.copyOf(CrmValidationException.required("start.events", events));
    sideEffects = List.copyOf(CrmValidationException.required("start.sideEffects", sideEffects));
    CrmValidationException.required("start.audit", audit);
  }
}
