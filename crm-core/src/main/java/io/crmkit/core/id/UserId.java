package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * A user of the host application who owns records: a salesperson, an agent, a queue. crmkit does
 * not store users; the host gives their ids.
 *
 * @param value the user's id in the host application
 */
public record UserId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public UserId {
    value = AggregateId.checked("ownerId", value);
  }

  /** Makes a user id. */
  public static UserId of(String value) {
    return new UserId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
