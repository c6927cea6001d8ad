package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.LeadId;
import java.time.Instant;
import java.util.Set;

/**
 * A lead was changed: which fields changed, not their values (read the lead for those).
 *
 * @param eventId the event's id
 * @param leadId the changed lead
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the lead's version after the change
 * @param occurredAt when it happened
 */
public record LeadChanged(
    EventId eventId, LeadId leadId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "lead.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public LeadChanged {
    EventChecks.envelope("leadChanged", eventId, "leadId", leadId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("leadChanged.changedFields", changedFields);
  }

  @Override
  public LeadId aggregateId() {
    return leadId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
