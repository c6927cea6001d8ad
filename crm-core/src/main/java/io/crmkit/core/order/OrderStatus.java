package io.crmkit.core.order;

/** Where an order stands. */
public enum OrderStatus {
  /** Being put together; not yet binding. */
  DRAFT,
  /** Placed by the buyer: binding, awaiting delivery. */
  PLACED,
  /** Delivered. */
  FULFILLED,
  /** Called off, before or after it was placed. */
  CANCELLED,
  /** Delivered and sent back. */
  RETURNED;

  /** Whether an order in this status was placed: placed, fulfilled or returned. */
  public boolean wasPlaced() {
    return this == PLACED || this == FULFILLED || this == RETURNED;
  }
}
