package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.PriceBookId;
import java.time.Instant;
import java.util.Set;

/**
 * A price book was changed: which fields changed, not their values (read the price book for those).
 *
 * @param eventId the event's id
 * @param priceBookId the changed price book
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the price book's version after the change
 * @param occurredAt when it happened
 */
public record PriceBookChanged(
    EventId eventId, PriceBookId priceBookId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "price-book.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public PriceBookChanged {
    EventChecks.envelope("priceBookChanged", eventId, "priceBookId", priceBookId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("priceBookChanged.changedFields", changedFields);
  }

  @Override
  public PriceBookId aggregateId() {
    return priceBookId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
