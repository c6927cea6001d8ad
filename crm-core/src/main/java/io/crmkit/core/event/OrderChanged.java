package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.OrderId;
import java.time.Instant;
import java.util.Set;

/**
 * An order was changed: which fields changed, not their values (read the order for those).
 *
 * @param eventId the event's id
 * @param orderId the changed order
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the order's version after the change
 * @param occurredAt when it happened
 */
public record OrderChanged(
    EventId eventId, OrderId orderId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "order.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public OrderChanged {
    EventChecks.envelope("orderChanged", eventId, "orderId", orderId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("orderChanged.changedFields", changedFields);
  }

  @Override
  public OrderId aggregateId() {
    return orderId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
