package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;

/**
 * A business event that a transition declares happened, such as {@code deal won} or
 * {@code became customer}: emitted, after the {@link StageChanged}, for each event the accepted
 * transition declares. Subscribers can rely on the event's name while users rename stages.
 *
 * @param lifecycle the lifecycle's name
 * @param name the event's name as the transition declares it
 * @param from the stage left
 * @param to the stage entered
 * @param trigger the trigger taken
 * @param actor who moved the record
 * @param occurredAt when
 */
public record NamedEventOccurred(
    String lifecycle,
    EventName name,
    StageName from,
    StageName to,
    TriggerName trigger,
    Actor actor,
    Instant occurredAt)
    implements LifecycleEvent {
  /** Checks the event. */
  public NamedEventOccurred {
    CrmValidationException.requiredText("namedEventOccurred.lifecycle", lifecycle);
    CrmValidationException.required("namedEventOccurred.name", name);
    CrmValidationException.required("namedEventOccurred.from", from);
    CrmValidationException.required("namedEventOccurred.to", to);
    CrmValidationException.required("namedEventOccurred.trigger", trigger);
    CrmValidationException.required("namedEventOccurred.actor", actor);
    CrmValidationException.required("namedEventOccurred.occurredAt", occurredAt);
  }
}
