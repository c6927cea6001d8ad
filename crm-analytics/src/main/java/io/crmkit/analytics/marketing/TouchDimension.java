package io.crmkit.analytics.marketing;

import io.crmkit.core.id.CampaignId;

/** What credit is gathered by: the touch's campaign or its channel. */
public enum TouchDimension {
  /** The campaign, or {@value #NO_CAMPAIGN} for a touch outside any campaign. */
  CAMPAIGN,
  /** The channel. */
  CHANNEL;

  /** The group of touches outside any campaign: {@value}. */
  public static final String NO_CAMPAIGN = "(no campaign)";
  /** The group credited with deals that had no touch: {@value}. */
  public static final String NO_TOUCH = "(no touch)";

  /** The group a touch falls in. */
  public String groupOf(CampaignTouch touch) {
    return switch (this) {
      case CAMPAIGN -> touch.campaignId().map(CampaignId::value).orElse(NO_CAMPAIGN);
      case CHANNEL -> touch.channel();
    };
  }
}
