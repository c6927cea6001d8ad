package io.crmkit.analytics.marketing;

import io.crmkit.analytics.pipeline.CurrencyValuation;
import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.value.Money;
import java.util.Collections;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What marketing spent per channel, in one reporting currency: from the costs of touches, or from
 * the costs of campaigns.
 *
 * @param currency the reporting currency
 * @param byChannel the spend of each channel (lower-case), each 0 or more, sorted by channel
 */
public record ChannelSpend(Currency currency, Map<String, Money> byChannel) implements Mergeable<ChannelSpend> {

  /**
   * Checks the spend.
   *
   * @throws CrmValidationException when an amount is negative ({@code channelSpend.byChannel}, rule
   *     {@code range}) or in another currency ({@code mismatch})
   */
  public ChannelSpend {
    CrmValidationException.required("channelSpend.currency", currency);
    CrmValidationException.required("channelSpend.byChannel", byChannel);
    Map<String, Money> sorted = new TreeMap<>();
    byChannel.forEach((channel, spend) -> {
      CrmValidationException.required("channelSpend.byChannel", spend);
      if (!spend.currency().equals(currency)) {
        throw CrmValidationException.of("channelSpend.byChannel", "mismatch", spend, "amounts are in " + currency);
      }
      if (spend.isNegative()) {
        throw CrmValidationException.of("channelSpend.byChannel", "range", spend, "a spend is 0 or more");
      }
      sorted.merge(CrmValidationException.requiredText("channelSpend.channel", channel).toLowerCase(Locale.ROOT),
          spend, Money::plus);
    });
    byChannel = Collections.unmodifiableMap(sorted);
  }

  /** No spend. */
  public static ChannelSpend none(Currency currency) {
    return new ChannelSpend(currency, Map.of());
  }

  /** The spend of the touches' costs, each valued on the day of the touch. */
  public static ChannelSpend fromTouches(Iterable<CampaignTouch> touches, CurrencyValuation valuation) {
    CrmValidationException.required("touches", touches);
    CrmValidationException.required("valuation", valuation);
    Map<String, Money> spend = new TreeMap<>();
    for (CampaignTouch touch : touches) {
      spend.merge(touch.channel(), valuation.value(touch.cost(), touch.at()), Money::plus);
    }
    return new ChannelSpend(valuation.currency(), spend);
  }

  /** The spend of the campaigns' costs, each valued on its first day; campaigns without a cost add nothing. */
  public static ChannelSpend fromCampaigns(Iterable<Campaign> campaigns, CurrencyValuation valuation) {
    CrmValidationException.required("campaigns", campaigns);
    CrmValidationException.required("valuation", valuation);
    Map<String, Money> spend = new TreeMap<>();
    for (Campaign campaign : campaigns) {
      campaign.cost().ifPresent(cost ->
          spend.merge(campaign.channel(), valuation.value(cost, campaign.startDate()), Money::plus));
    }
    return new ChannelSpend(valuation.currency(), spend);
  }

  /** The spend of a channel; zero when nothing was spent on it. */
  public Money of(String channel) {
    return byChannel.getOrDefault(channel.strip().toLowerCase(Locale.ROOT), Money.zero(currency));
  }

  @Override
  public ChannelSpend combine(ChannelSpend other) {
    if (!currency.equals(other.currency)) {
      throw CrmValidationException.of("channelSpend.currency", "mismatch", other.currency,
          "cannot combine spend in " + currency + " and " + other.currency);
    }
    Map<String, Money> merged = new TreeMap<>(byChannel);
    other.byChannel.forEach((channel, spend) -> merged.merge(channel, spend, Money::plus));
    return new ChannelSpend(currency, merged);
  }
}
