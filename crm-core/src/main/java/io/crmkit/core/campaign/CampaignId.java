package io.crmkit.core.campaign;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link Campaign}.
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
