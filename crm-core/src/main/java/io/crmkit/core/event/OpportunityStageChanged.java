package io.crmkit.core.event;

import io.crmkit.core.id.EventId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Stage;
import java.time.Instant;

/**
 * An opportunity moved from one sales stage to another.
 *
 * @param eventId the event's id
 * @param opportunityId the opportunity
 * @param from the stage it left
 * @param to the stage it entered; never the same as {@code from}
 * @param aggregateVersion the opportunity's version after the change
 * @param occurredAt when it happened
 */
public record OpportunityStageChanged(
    EventId eventId, OpportunityId opportunityId, Stage from, Stage to, long aggregateVersion,
    Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "opportunity.stage-changed";

  /** Checks the event. */
  public OpportunityStageChanged {
    EventChecks.envelope(
        "opportunityStageChanged", eventId, "opportunityId", opportunityId, aggregateVersion, occurredAt);
    EventChecks.changes("opportunityStageChanged", from, to);
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
