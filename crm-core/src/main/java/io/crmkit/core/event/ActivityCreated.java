package io.crmkit.core.event;

import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * An activity was created.
 *
 * @param eventId the event's id
 * @param activityId the new activity
 * @param aggregateVersion the activity's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record ActivityCreated(EventId eventId, ActivityId activityId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "activity.created";

  /** Checks the event. */
  public ActivityCreated {
    EventChecks.envelope("activityCreated", eventId, "activityId", activityId, aggregateVersion, occurredAt);
  }

  @Override
  public ActivityId aggregateId() {
    return activityId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
