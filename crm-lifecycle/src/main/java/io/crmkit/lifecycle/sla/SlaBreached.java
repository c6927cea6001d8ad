package io.crmkit.lifecycle.sla;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.EventId;
import java.time.Duration;
import java.time.Instant;

/**
 * A running timer reached its target: the deadline passed without the record doing what it had to.
 *
 * @param eventId the event's id
 * @param recordId the record the timer runs for
 * @param timerName the timer's name
 * @param cycle the timer's cycle, from 1
 * @param target the target that was reached
 * @param occurredAt when the elapsed time reached the target (not when someone noticed)
 */
public record SlaBreached(
    EventId eventId, AggregateId recordId, String timerName, int cycle, Duration target, Instant occurredAt)
    implements SlaEvent {
  /** Checks the event. */
  public SlaBreached {
    CrmValidationException.required("slaBreached.eventId", eventId);
    CrmValidationException.required("slaBreached.recordId", recordId);
    timerName = SlaChecks.name("slaBreached.timerName", timerName);
    SlaChecks.cycle("slaBreached.cycle", cycle);
    SlaChecks.notNegative("slaBreached.target", target);
    CrmValidationException.required("slaBreached.occurredAt", occurredAt);
  }
}
