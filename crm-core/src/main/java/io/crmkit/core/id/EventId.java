package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link io.crmkit.core.event.CrmEvent}.
 *
 * @param value the id as text
 */
public record EventId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public EventId {
    value = AggregateId.checked("eventId", value);
  }

  /** Makes the id. */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
