package io.crmkit.lifecycle.sla;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.EventId;
import java.time.Duration;
import java.time.Instant;

/**
 * A timer came within its warning offset of its target.
 *
 * @param eventId the event's id
 * @param recordId the record the timer runs for
 * @param timerName the timer's name
 * @param cycle the timer's cycle, from 1
 * @param remaining the business time left to the target when it warned (the warning offset)
 * @param occurredAt when it warned
 */
public record SlaWarningReached(
    EventId eventId, AggregateId recordId, String timerName, int cycle, Duration remaining, Instant occurredAt)
    implements SlaEvent {
  /** Checks the event. */
  public SlaWarningReached {
    CrmValidationException.required("slaWarningReached.eventId", eventId);
    CrmValidationException.required("slaWarningReached.recordId", recordId);
    timerName = SlaChecks.name("slaWarningReached.timerName", timerName);
    SlaChecks.cycle("slaWarningReached.cycle", cycle);
    SlaChecks.notNegative("slaWarningReached.remaining", remaining);
    CrmValidationException.required("slaWarningReached.occurredAt", occurredAt);
  }
}
