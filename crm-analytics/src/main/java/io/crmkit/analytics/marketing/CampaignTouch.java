package io.crmkit.analytics.marketing;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.value.Money;
import io.crmkit.core.value.Touch;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * One marketing touch on a lead or contact: the campaign and channel that reached them, when, and
 * what the touch cost.
 *
 * @param person the lead or contact touched, as the host keys people (an id as text)
 * @param campaignId the campaign, if the touch belongs to one
 * @param channel the channel, stripped and lower-case: {@code email}, {@code paid social}
 * @param at when the touch happened
 * @param cost what the touch cost; not negative (zero for organic touches)
 */
public record CampaignTouch(String person, Optional<CampaignId> campaignId, String channel, Instant at, Money cost) {
  /** The order touches are credited in: by time, then channel, campaign and person. */
  public static final Comparator<CampaignTouch> ORDER = Comparator.comparing(CampaignTouch::at)
      .thenComparing(CampaignTouch::channel)
      .thenComparing(t -> t.campaignId().map(CampaignId::value).orElse(""))
      .thenComparing(CampaignTouch::person);

  /**
   * Checks and normalises the touch.
   *
   * @throws CrmValidationException when a part is missing ({@code required}) or the cost is negative
   *     ({@code campaignTouch.cost}, rule {@code range})
   */
  public CampaignTouch {
    person = CrmValidationException.requiredText("campaignTouch.person", person);
    CrmValidationException.required("campaignTouch.campaignId", campaignId);
    channel = CrmValidationException.requiredText("campaignTouch.channel", channel).toLowerCase(Locale.ROOT);
    CrmValidationException.required("campaignTouch.at", at);
    CrmValidationException.required("campaignTouch.cost", cost);
    if (cost.isNegative()) {
      throw CrmValidationException.of("campaignTouch.cost", "range", cost, "a cost is 0 or more");
    }
  }

  /** A touch of a campaign. */
  public static CampaignTouch of(String person, CampaignId campaignId, String channel, Instant at, Money cost) {
    return new CampaignTouch(person, Optional.of(CrmValidationException.required("campaignTouch.campaignId",
        campaignId)), channel, at, cost);
  }

  /** The touch of a crm-core {@link Touch}: its channel and capture time. */
  public static CampaignTouch from(Touch touch, String person, Optional<CampaignId> campaignId, Money cost) {
    CrmValidationException.required("touch", touch);
    return new CampaignTouch(person, campaignId, touch.channel(), touch.capturedAt(), cost);
  }
}
