package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.ProductId;
import java.time.Instant;

/**
 * A product was created.
 *
 * @param eventId the event's id
 * @param productId the new product
 * @param aggregateVersion the product's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record ProductCreated(EventId eventId, ProductId productId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "product.created";

  /** Checks the event. */
  public ProductCreated {
    EventChecks.envelope("productCreated", eventId, "productId", productId, aggregateVersion, occurredAt);
  }

  @Override
  public ProductId aggregateId() {
    return productId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
