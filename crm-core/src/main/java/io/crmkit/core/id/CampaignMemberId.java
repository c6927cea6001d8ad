package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link io.crmkit.core.campaign.CampaignMember}.
 *
 * @param value the id as text
 */
public record CampaignMemberId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public CampaignMemberId {
    value = AggregateId.checked("campaignMemberId", value);
  }

  /** Makes the id. */
  public static CampaignMemberId of(String value) {
    return new CampaignMemberId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
