package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of an {@link io.crmkit.core.activity.Activity}.
 *
 * @param value the id as text
 */
public record ActivityId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public ActivityId {
    value = AggregateId.checked("activityId", value);
  }

  /** Makes the id. */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
