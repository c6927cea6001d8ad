package io.crmkit.lifecycle.sla;

import io.crmkit.core.AggregateId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * Something that happened to a service-level timer: a warning, a breach, or its stop in or out of
 * time. Events carry the id of the record the timer runs for (a case, a lead, an account), never
 * the record.
 *
 * <p>Ids are derived from the record, timer, cycle, kind and time, so evaluating the same history
 * again yields the same events with the same ids.
 */
public sealed interface SlaEvent permits SlaWarningReached, SlaBreached, SlaMet, SlaMissed {
  /** The event's id. */
  EventId eventId();

  /** The record the timer runs for. */
  AggregateId recordId();

  /** The timer's name, such as {@code first-response} or {@code sales-acceptance}. */
  String timerName();

  /** The timer's cycle, from 1. */
  int cycle();

  /** When it happened. */
  Instant occurredAt();
}
