package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.OpportunityId;
import java.time.Instant;

/**
 * An opportunity was created.
 *
 * @param eventId the event's id
 * @param opportunityId the new opportunity
 * @param aggregateVersion the opportunity's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record OpportunityCreated(EventId eventId, OpportunityId opportunityId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "opportunity.created";

  /** Checks the event. */
  public OpportunityCreated {
    EventChecks.envelope("opportunityCreated", eventId, "opportunityId", opportunityId, aggregateVersion, occurredAt);
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
