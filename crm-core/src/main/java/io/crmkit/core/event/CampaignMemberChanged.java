package io.crmkit.core.event;

import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Set;

/**
 * A campaign member was changed: which fields changed, not their values (read the campaign member for those).
 *
 * @param eventId the event's id
 * @param campaignMemberId the changed campaign member
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the campaign member's version after the change
 * @param occurredAt when it happened
 */
public record CampaignMemberChanged(
    EventId eventId, CampaignMemberId campaignMemberId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "campaign-member.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public CampaignMemberChanged {
    EventChecks.envelope("campaignMemberChanged", eventId, "campaignMemberId", campaignMemberId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("campaignMemberChanged.changedFields", changedFields);
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
