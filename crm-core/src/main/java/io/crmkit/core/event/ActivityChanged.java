package io.crmkit.core.event;

import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Set;

/**
 * An activity was changed: which fields changed, not their values (read the activity for those).
 *
 * @param eventId the event's id
 * @param activityId the changed activity
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the activity's version after the change
 * @param occurredAt when it happened
 */
public record ActivityChanged(
    EventId eventId, ActivityId activityId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "activity.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public ActivityChanged {
    EventChecks.envelope("activityChanged", eventId, "activityId", activityId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("activityChanged.changedFields", changedFields);
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
