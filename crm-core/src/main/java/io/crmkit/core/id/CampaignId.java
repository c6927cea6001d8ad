package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link io.crmkit.core.campaign.Campaign}.
 *
 * @param value the id as text
 */
public record CampaignId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public CampaignId {
    value = AggregateId.checked("campaignId", value);
  }

  /** Makes the id. */
  public static CampaignId of(String value) {
    return new CampaignId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
