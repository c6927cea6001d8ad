package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.ProductId;
import java.time.Instant;
import java.util.Set;

/**
 * A product was changed: which fields changed, not their values (read the product for those).
 *
 * @param eventId the event's id
 * @param productId the changed product
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the product's version after the change
 * @param occurredAt when it happened
 */
public record ProductChanged(
    EventId eventId, ProductId productId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "product.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public ProductChanged {
    EventChecks.envelope("productChanged", eventId, "productId", productId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("productChanged.changedFields", changedFields);
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
