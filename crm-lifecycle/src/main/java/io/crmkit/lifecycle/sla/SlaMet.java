package io.crmkit.lifecycle.sla;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.EventId;
import java.time.Duration;
import java.time.Instant;

/**
 * A timer stopped before it reached its target.
 *
 * @param eventId the event's id
 * @param recordId the record the timer runs for
 * @param timerName the timer's name
 * @param cycle the timer's cycle, from 1
 * @param elapsed the business time it counted, less than the target
 * @param target its target
 * @param occurredAt when it stopped
 */
public record SlaMet(
    EventId eventId, AggregateId recordId, String timerName, int cycle, Duration elapsed, Duration target,
    Instant occurredAt)
    implements SlaEvent {
  /** Checks the event. */
  public SlaMet {
    CrmValidationException.required("slaMet.eventId", eventId);
    CrmValidationException.required("slaMet.recordId", recordId);
    timerName = SlaChecks.name("slaMet.timerName", timerName);
    SlaChecks.cycle("slaMet.cycle", cycle);
    SlaChecks.notNegative("slaMet.elapsed", elapsed);
    SlaChecks.notNegative("slaMet.target", target);
    CrmValidationException.required("slaMet.occurredAt", occurredAt);
  }
}
