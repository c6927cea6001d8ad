package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.QuoteId;
import java.time.Instant;

/**
 * A quote was created.
 *
 * @param eventId the event's id
 * @param quoteId the new quote
 * @param aggregateVersion the quote's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record QuoteCreated(EventId eventId, QuoteId quoteId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "quote.created";

  /** Checks the event. */
  public QuoteCreated {
    EventChecks.envelope("quoteCreated", eventId, "quoteId", quoteId, aggregateVersion, occurredAt);
  }

  @Override
  public QuoteId aggregateId() {
    return quoteId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
