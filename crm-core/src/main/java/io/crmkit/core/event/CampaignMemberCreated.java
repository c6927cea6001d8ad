package io.crmkit.core.event;

import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * A campaign member was created.
 *
 * @param eventId the event's id
 * @param campaignMemberId the new campaign member
 * @param aggregateVersion the campaign member's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record CampaignMemberCreated(EventId eventId, CampaignMemberId campaignMemberId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "campaign-member.created";

  /** Checks the event. */
  public CampaignMemberCreated {
    EventChecks.envelope("campaignMemberCreated", eventId, "campaignMemberId", campaignMemberId, aggregateVersion, occurredAt);
  }

  @Override
  public CampaignMemberId aggregateId() {
    return campaignMemberId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
