package io.crmkit.analytics.pipeline;

import io.crmkit.core.id.CampaignId;

/** A way to split deals into groups: by segment, source, campaign, owner, kind, stage or forecast category. */
public enum DealDimension {
  /** The deal's market segment. */
  SEGMENT,
  /** Where the deal came from. */
  SOURCE,
  /** The campaign credited, or {@value #NO_CAMPAIGN}. */
  CAMPAIGN,
  /** The owner's user id. */
  OWNER,
  /** New business, expansion or renewal. */
  KIND,
  /** The stage's name. */
  STAGE,
  /** The forecast category. */
  FORECAST_CATEGORY;

  /** The group of deals with no campaign: {@value}. */
  public static final String NO_CAMPAIGN = "(no campaign)";

  /** The group the deal falls in along this dimension, as text. */
  public String groupOf(OpportunitySnapshot deal) {
    return switch (this) {
      case SEGMENT -> deal.segment();
      case SOURCE -> deal.source();
      case CAMPAIGN -> deal.campaignId().map(CampaignId::value).orElse(NO_CAMPAIGN);
      case OWNER -> deal.ownerId().value();
      case KIND -> deal.kind().name();
      case STAGE -> deal.stage().name();
      case FORECAST_CATEGORY -> deal.forecastCategory().name();
    };
  }
}
