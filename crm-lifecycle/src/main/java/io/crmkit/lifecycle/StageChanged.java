package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;

/**
 * A record moved from one stage to another. Emitted by every accepted move that changes the stage.
 *
 * @param lifecycle the lifecycle's name
 * @param from the stage left
 * @param to the stage entered
 * @param trigger the trigger taken
 * @param backward whether the move went to a lower rank (by a person, with a reason)
 * @param actor who moved the record
 * @param occurredAt when
 */
public record StageChanged(
    String lifecycle,
    StageName from,
    StageName to,
    TriggerName trigger,
    boolean backward,
    Actor actor,
    Instant occurredAt)
    implements LifecycleEvent {
  /** Checks the event. */
  public StageChanged {
    CrmValidationException.requiredText("stageChanged.lifecycle", lifecycle);
    CrmValidationException.required("stageChanged.from", from);
    CrmValidationException.required("stageChanged.to", to);
    CrmValidationException.required("stageChanged.trigger", trigger);
    CrmValidationException.required("stageChanged.actor", actor);
    CrmValidationException.required("stageChanged.occurredAt", occurredAt);
  }
}
