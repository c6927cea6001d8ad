package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.PriceBookId;
import java.time.Instant;

/**
 * A price book was created.
 *
 * @param eventId the event's id
 * @param priceBookId the new price book
 * @param aggregateVersion the price book's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record PriceBookCreated(EventId eventId, PriceBookId priceBookId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "price-book.created";

  /** Checks the event. */
  public PriceBookCreated {
    EventChecks.envelope("priceBookCreated", eventId, "priceBookId", priceBookId, aggregateVersion, occurredAt);
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
