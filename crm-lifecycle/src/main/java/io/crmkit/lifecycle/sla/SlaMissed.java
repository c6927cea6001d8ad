package io.crmkit.lifecycle.sla;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.EventId;
import java.time.Duration;
import java.time.Instant;

/**
 * A timer stopped after it had reached its target: the work was done, late.
 *
 * @param eventId the event's id
 * @param recordId the record the timer runs for
 * @param timerName the timer's name
 * @param cycle the timer's cycle, from 1
 * @param elapsed the business time it counted, the target or more
 * @param target its target
 * @param occurredAt when it stopped
 */
public record SlaMissed(
    EventId eventId, AggregateId recordId, String timerName, int cycle, Duration elapsed, Duration target,
    Instant occurredAt)
    implements SlaEvent {
  /** Checks the event. */
  public SlaMissed {
    CrmValidationException.required("slaMissed.eventId", eventId);
    CrmValidationException.required("slaMissed.recordId", recordId);
    timerName = SlaChecks.name("slaMissed.timerName", timerName);
    SlaChecks.cycle("slaMissed.cycle", cycle);
    SlaChecks.notNegative("slaMissed.elapsed", elapsed);
    SlaChecks.notNegative("slaMissed.target", target);
    CrmValidationException.required("slaMissed.occurredAt", occurredAt);
  }

  /** How much later than the target it stopped, in business time. */
  public Duration lateBy() {
    return elapsed.minus(target);
  }
}
