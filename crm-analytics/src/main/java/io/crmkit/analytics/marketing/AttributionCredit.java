package io.crmkit.analytics.marketing;

import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * What a campaign or channel is credited with: its parts of the pipeline (every deal's amount) and
 * of the revenue (won deals' amount), and its fractional count of deals and of wins.
 *
 * @param currency the reporting currency
 * @param pipeline its part of the deals' amounts
 * @param revenue its part of the won deals' amounts
 * @param opportunities its part of the number of deals (a deal shared by four touches gives 0.25 each)
 * @param wins its part of the number of won deals
 */
public record AttributionCredit(Currency currency, Money pipeline, Money revenue, BigDecimal opportunities,
    BigDecimal wins) implements Mergeable<AttributionCredit> {

  /**
   * Checks the credit.
   *
   * @throws CrmValidationException when an amount is in another currency ({@code mismatch}) or a
   *     part is negative ({@code range})
   */
  public AttributionCredit {
    CrmValidationException.required("attributionCredit.currency", currency);
    CrmValidationException.required("attributionCredit.pipeline", pipeline);
    CrmValidationException.required("attributionCredit.revenue", revenue);
    CrmValidationException.required("attributionCredit.opportunities", opportunities);
    CrmValidationException.required("attributionCredit.wins", wins);
    if (!pipeline.currency().equals(currency) || !revenue.currency().equals(currency)) {
      throw CrmValidationException.of("attributionCredit.currency", "mismatch", pipeline, "amounts are in " + currency);
    }
    if (pipeline.isNegative() || revenue.isNegative() || opportunities.signum() < 0 || wins.signum() < 0) {
      throw CrmValidationException.of("attributionCredit", "range", pipeline, "credits are 0 or more");
    }
    opportunities = opportunities.stripTrailingZeros();
    wins = wins.stripTrailingZeros();
  }

  /** No credit. */
  public static AttributionCredit none(Currency currency) {
    return new AttributionCredit(currency, Money.zero(currency), Money.zero(currency), BigDecimal.ZERO,
        BigDecimal.ZERO);
  }

  @Override
  public AttributionCredit combine(AttributionCredit other) {
    if (!currency.equals(other.currency)) {
      throw CrmValidationException.of("attributionCredit.currency", "mismatch", other.currency,
          "cannot combine credits in " + currency + " and " + other.currency);
    }
    return new AttributionCredit(currency, pipeline.plus(other.pipeline), revenue.plus(other.revenue),
        opportunities.add(other.opportunities), wins.add(other.wins));
  }
}
