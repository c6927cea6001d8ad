package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of an {@link io.crmkit.core.order.Order}.
 *
 * @param value the id as text
 */
public record OrderId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public OrderId {
    value = AggregateId.checked("orderId", value);
  }

  /** Makes the id. */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
