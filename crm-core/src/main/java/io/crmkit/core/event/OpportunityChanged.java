package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.OpportunityId;
import java.time.Instant;
import java.util.Set;

/**
 * An opportunity was changed: which fields changed, not their values (read the opportunity for those).
 *
 * @param eventId the event's id
 * @param opportunityId the changed opportunity
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the opportunity's version after the change
 * @param occurredAt when it happened
 */
public record OpportunityChanged(
    EventId eventId, OpportunityId opportunityId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "opportunity.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public OpportunityChanged {
    EventChecks.envelope("opportunityChanged", eventId, "opportunityId", opportunityId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("opportunityChanged.changedFields", changedFields);
  }

  @Override
  public OpportunityId aggregateId() {
    return opportunityId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
