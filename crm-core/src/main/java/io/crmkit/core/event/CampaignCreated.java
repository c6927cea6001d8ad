package io.crmkit.core.event;

import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * A campaign was created.
 *
 * @param eventId the event's id
 * @param campaignId the new campaign
 * @param aggregateVersion the campaign's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record CampaignCreated(EventId eventId, CampaignId campaignId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "campaign.created";

  /** Checks the event. */
  public CampaignCreated {
    EventChecks.envelope("campaignCreated", eventId, "campaignId", campaignId, aggregateVersion, occurredAt);
  }

  @Override
  public CampaignId aggregateId() {
    return campaignId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
