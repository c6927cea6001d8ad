package io.crmkit.core.event;

import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Set;

/**
 * A campaign was changed: which fields changed, not their values (read the campaign for those).
 *
 * @param eventId the event's id
 * @param campaignId the changed campaign
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the campaign's version after the change
 * @param occurredAt when it happened
 */
public record CampaignChanged(
    EventId eventId, CampaignId campaignId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "campaign.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public CampaignChanged {
    EventChecks.envelope("campaignChanged", eventId, "campaignId", campaignId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("campaignChanged.changedFields", changedFields);
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
