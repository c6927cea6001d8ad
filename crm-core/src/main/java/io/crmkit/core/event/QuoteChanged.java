package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.QuoteId;
import java.time.Instant;
import java.util.Set;

/**
 * A quote was changed: which fields changed, not their values (read the quote for those).
 *
 * @param eventId the event's id
 * @param quoteId the changed quote
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the quote's version after the change
 * @param occurredAt when it happened
 */
public record QuoteChanged(
    EventId eventId, QuoteId quoteId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "quote.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public QuoteChanged {
    EventChecks.envelope("quoteChanged", eventId, "quoteId", quoteId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("quoteChanged.changedFields", changedFields);
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
