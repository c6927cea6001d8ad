package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.OrderId;
import java.time.Instant;

/**
 * An order was created.
 *
 * @param eventId the event's id
 * @param orderId the new order
 * @param aggregateVersion the order's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record OrderCreated(EventId eventId, OrderId orderId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "order.created";

  /** Checks the event. */
  public OrderCreated {
    EventChecks.envelope("orderCreated", eventId, "orderId", orderId, aggregateVersion, occurredAt);
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
