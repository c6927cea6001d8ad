package io.crmkit.analytics.marketing;

import io.crmkit.analytics.pipeline.CurrencyValuation;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Credits deals to the touches before them under an {@link AttributionModel}: pipeline and revenue
 * by campaign or channel, and cost per opportunity by channel.
 *
 * <p>Each deal's amount is valued in the reporting currency at its own date, then split among its
 * touches in proportion to the model's weights, to the cent: the parts are rounded down and the
 * cents left over go to the touches with the largest remainders (the earlier touch on a tie), so the
 * credits of a deal always add up exactly to its amount. Its count of one deal is split the same
 * way, to {@value #SHARE_SCALE} decimal places. A deal without touches is credited to {@value
 * TouchDimension#NO_TOUCH}, so the totals of all groups are the totals of all deals.
 */
public final class MultiTouchAttribution {
  /** The decimal places of a touch's share of a deal. */
  public static final int SHARE_SCALE = 6;

  private static final BigInteger ONE_DEAL = BigInteger.TEN.pow(SHARE_SCALE);

  private final AttributionModel model;
  private final CurrencyValuation valuation;

  private MultiTouchAttribution(AttributionModel model, CurrencyValuation valuation) {
    this.model = CrmValidationException.required("model", model);
    this.valuation = CrmValidationException.required("valuation", valuation);
  }

  /** Attribution under a model, in a valuation's reporting currency. */
  public static MultiTouchAttribution of(AttributionModel model, CurrencyValuation valuation) {
    return new MultiTouchAttribution(model, valuation);
  }

  /** The model. */
  public AttributionModel model() {
    return model;
  }

  /**
   * The credit of each touch of a deal, in the deal's touch order; empty for a deal without touches.
   * The amounts add up to the deal's valued amount and the shares to 1.
   */
  public List<TouchCredit> creditsOf(AttributedDeal deal) {
    CrmValidationException.required("deal", deal);
    if (deal.touches().isEmpty()) {
      return List.of();
    }
    Money value = valuation.value(deal.amount(), deal.valuedOn());
    List<Instant> times = deal.touches().stream().map(CampaignTouch::at).toList();
    List<BigDecimal> weights = model.weights(times);
    int scale = value.amount().scale();
    List<BigInteger> cents = Shares.split(value.amount().unscaledValue(), weights);
    List<BigInteger> shares = Shares.split(ONE_DEAL, weights);
    List<TouchCredit> credits = new ArrayList<>(times.size());
    for (int i = 0; i < times.size(); i++) {
      credits.add(new TouchCredit(deal.touches().get(i), Money.of(new BigDecimal(cents.get(i), scale),
          value.currency()), new BigDecimal(shares.get(i), SHARE_SCALE)));
    }
    return List.copyOf(credits);
  }

  /** The pipeline, revenue and deal counts credited to each campaign or channel. */
  public Grouped<String, AttributionCredit> creditBy(TouchDimension dimension, Iterable<AttributedDeal> deals) {
    CrmValidationException.required("dimension", dimension);
    CrmValidationException.required("deals", deals);
    Map<String, AttributionCredit> credit = new TreeMap<>();
    for (AttributedDeal deal : deals) {
      List<TouchCredit> credits = creditsOf(deal);
      if (credits.isEmpty()) {
        add(credit, TouchDimension.NO_TOUCH, deal.won(), valuation.value(deal.amount(), deal.valuedOn()),
            BigDecimal.ONE);
      }
      for (TouchCredit touch : credits) {
        add(credit, dimension.groupOf(touch.touch()), deal.won(), touch.amount(), touch.share());
      }
    }
    return new Grouped<>(credit);
  }

  /**
   * The cost per opportunity of each channel that was spent on or credited: its spend over the deals
   * credited to it under this model, sorted by channel.
   *
   * @throws CrmValidationException when the spend is in another currency than this attribution's
   *     ({@code spend.currency}, rule {@code mismatch})
   */
  public List<ChannelCost> costPerOpportunity(ChannelSpend spend, Iterable<AttributedDeal> deals) {
    CrmValidationException.required("spend", spend);
    if (!spend.currency().equals(valuation.currency())) {
      throw CrmValidationException.of("spend.currency", "mismatch", spend.currency(),
          "the spend is not in the reporting currency " + valuation.currency());
    }
    Grouped<String, AttributionCredit> credit = creditBy(TouchDimension.CHANNEL, deals);
    TreeSet<String> channels = new TreeSet<>(spend.byChannel().keySet());
    channels.addAll(credit.groups().keySet());
    channels.remove(TouchDimension.NO_TOUCH);
    List<ChannelCost> costs = new ArrayList<>();
    for (String channel : channels) {
      Money spent = spend.of(channel);
      BigDecimal opportunities = credit.get(channel).map(AttributionCredit::opportunities).orElse(BigDecimal.ZERO);
      Optional<Money> perOpportunity = opportunities.signum() == 0 ? Optional.empty()
          : Optional.of(Money.of(spent.amount().divide(opportunities,
              Math.max(0, spent.currency().getDefaultFractionDigits()), RoundingMode.HALF_EVEN), spent.currency()));
      costs.add(new ChannelCost(channel, spent, opportunities, perOpportunity));
    }
    return List.copyOf(costs);
  }

  private void add(Map<String, AttributionCredit> credit, String group, boolean won, Money amount, BigDecimal share) {
    Money zero = valuation.zero();
    AttributionCredit one = new AttributionCredit(valuation.currency(), amount, won ? amount : zero, share,
        won ? share : BigDecimal.ZERO);
    credit.merge(group, one, AttributionCredit::combine);
  }
}
