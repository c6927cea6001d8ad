package io.crmkit.analytics.marketing;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a channel cost per opportunity it is credited with.
 *
 * @param channel the channel
 * @param spend what was spent on it
 * @param opportunities the deals credited to it (fractional under multi-touch models)
 * @param costPerOpportunity spend / opportunities, rounded half-even to minor units; empty when no
 *     deal is credited to the channel
 */
public record ChannelCost(String channel, Money spend, BigDecimal opportunities, Optional<Money> costPerOpportunity) {
  /** Checks the parts. */
  public ChannelCost {
    CrmValidationException.requiredText("channelCost.channel", channel);
    CrmValidationException.required("channelCost.spend", spend);
    CrmValidationException.required("channelCost.opportunities", opportunities);
    CrmValidationException.required("channelCost.costPerOpportunity", costPerOpportunity);
  }
}
