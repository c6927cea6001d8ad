package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;

/**
 * A record entered a lifecycle at one of its entry stages.
 *
 * @param lifecycle the lifecycle's name
 * @param stage the stage entered
 * @param actor who put the record there
 * @param occurredAt when
 */
public record LifecycleEntered(String lifecycle, StageName stage, Actor actor, Instant occurredAt)
    implements LifecycleEvent {
  /** Checks the event. */
  public LifecycleEntered {
    CrmValidationException.requiredText("lifecycleEntered.lifecycle", lifecycle);
    CrmValidationException.required("lifecycleEntered.stage", stage);
    CrmValidationException.required("lifecycleEntered.actor", actor);
    CrmValidationException.required("lifecycleEntered.occurredAt", occurredAt);
  }
}
