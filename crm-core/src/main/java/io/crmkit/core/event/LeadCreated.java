package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.LeadId;
import java.time.Instant;

/**
 * A lead was created.
 *
 * @param eventId the event's id
 * @param leadId the new lead
 * @param aggregateVersion the lead's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record LeadCreated(EventId eventId, LeadId leadId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "lead.created";

  /** Checks the event. */
  public LeadCreated {
    EventChecks.envelope("leadCreated", eventId, "leadId", leadId, aggregateVersion, occurredAt);
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
