package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A number of deals, their total amount and their weighted amount (amount times probability, each
 * deal rounded to minor units), in one reporting currency.
 *
 * @param currency the reporting currency
 * @param deals how many deals
 * @param amount their total amount
 * @param weightedAmount their total weighted amount; never above {@code amount}
 */
public record PipelineTotal(Currency currency, long deals, Money amount, Money weightedAmount)
    implements Mergeable<PipelineTotal> {

  /**
   * Checks the total.
   *
   * @throws CrmValidationException when the count is negative ({@code pipelineTotal.deals},
   *     {@code range}), an amount is in another currency ({@code mismatch}) or negative
   *     ({@code range}), or the weighted amount is above the amount ({@code pipelineTotal.weightedAmount},
   *     {@code range})
   */
  public PipelineTotal {
    CrmValidationException.required("pipelineTotal.currency", currency);
    if (deals < 0) {
      throw CrmValidationException.of("pipelineTotal.deals", "range", deals, "a count is 0 or more");
    }
    check("pipelineTotal.amount", amount, currency);
    check("pipelineTotal.weightedAmount", weightedAmount, currency);
    if (weightedAmount.compareTo(amount) > 0) {
      throw CrmValidationException.of("pipelineTotal.weightedAmount", "range", weightedAmount,
          "the weighted amount is at most the amount " + amount);
    }
  }

  /** No deal, in a reporting currency. */
  public static PipelineTotal empty(Currency currency) {
    return new PipelineTotal(currency, 0, Money.zero(currency), Money.zero(currency));
  }

  /** The total of the deals, whatever their stage, each valued by {@code valuation}. */
  public static PipelineTotal of(Iterable<OpportunitySnapshot> deals, CurrencyValuation valuation) {
    CrmValidationException.required("deals", deals);
    CrmValidationException.required("valuation", valuation);
    long count = 0;
    Money amount = valuation.zero();
    Money weighted = valuation.zero();
    for (OpportunitySnapshot deal : deals) {
      Money value = valuation.value(deal);
      count++;
      amount = amount.plus(value);
      weighted = weighted.plus(deal.weighted(value));
    }
    return new PipelineTotal(valuation.currency(), count, amount, weighted);
  }

  /** This total with one more deal. */
  public PipelineTotal add(OpportunitySnapshot deal, CurrencyValuation valuation) {
    Amounts.sameCurrency("valuation.currency", currency, valuation.currency());
    return combine(of(List.of(deal), valuation));
  }

  /** The mean amount of a deal, rounded half-even to minor units; empty when there is none. */
  public Optional<Money> averageAmount() {
    return Amounts.mean(amount, deals);
  }

  @Override
  public PipelineTotal combine(PipelineTotal other) {
    Amounts.sameCurrency("pipelineTotal.currency", currency, other.currency);
    return new PipelineTotal(currency, deals + other.deals, amount.plus(other.amount),
        weightedAmount.plus(other.weightedAmount));
  }

  private static void check(String field, Money money, Currency currency) {
    CrmValidationException.required(field, money);
    if (!money.currency().equals(currency)) {
      throw CrmValidationException.of(field, "mismatch", money, "amounts are in " + currency);
    }
    if (money.isNegative()) {
      throw CrmValidationException.of(field, "range", money, "an amount is 0 or more");
    }
  }
}
