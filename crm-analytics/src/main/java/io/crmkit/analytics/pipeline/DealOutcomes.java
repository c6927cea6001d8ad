package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How closed deals ended: counts and amounts won and lost, and the days won deals took to close, in
 * one reporting currency. Open deals are not counted.
 *
 * <p>Win rate is won / (won + lost), by count or by amount; average deal size is the mean amount of
 * a won deal; the sales cycle is the mean number of days from the day a won deal was created to the
 * day it closed.
 *
 * @param currency the reporting currency of the amounts
 * @param won how many deals were won
 * @param lost how many deals were lost
 * @param wonAmount the total amount won
 * @param lostAmount the total amount lost
 * @param wonCycleDays the days from creation to close, summed over the won deals
 */
public record DealOutcomes(Currency currency, long won, long lost, Money wonAmount, Money lostAmount,
    long wonCycleDays) implements Mergeable<DealOutcomes> {

  /**
   * Checks the tally.
   *
   * @throws CrmValidationException when a count is negative ({@code range}) or an amount is negative
   *     ({@code range}) or in another currency ({@code mismatch})
   */
  public DealOutcomes {
    CrmValidationException.required("dealOutcomes.currency", currency);
    if (won < 0 || lost < 0 || wonCycleDays < 0) {
      throw CrmValidationException.of("dealOutcomes.won", "range", won + "/" + lost + "/" + wonCycleDays,
          "counts and days are 0 or more");
    }
    checkAmount("dealOutcomes.wonAmount", wonAmount, currency);
    checkAmount("dealOutcomes.lostAmount", lostAmount, currency);
  }

  /** Nothing counted yet, in a reporting currency. */
  public static DealOutcomes empty(Currency currency) {
    return new DealOutcomes(currency, 0, 0, Money.zero(currency), Money.zero(currency), 0);
  }

  /** The outcomes of the closed deals among {@code deals}, valued by {@code valuation}. */
  public static DealOutcomes of(Iterable<OpportunitySnapshot> deals, CurrencyValuation valuation) {
    CrmValidationException.required("deals", deals);
    CrmValidationException.required("valuation", valuation);
    long won = 0;
    long lost = 0;
    long days = 0;
    Money wonAmount = valuation.zero();
    Money lostAmount = valuation.zero();
    for (OpportunitySnapshot deal : deals) {
      if (deal.isWon()) {
        won++;
        wonAmount = wonAmount.plus(valuation.value(deal));
        days += ChronoUnit.DAYS.between(deal.createdOn(), deal.closeDate());
      } else if (deal.isLost()) {
        lost++;
        lostAmount = lostAmount.plus(valuation.value(deal));
      }
    }
    return new DealOutcomes(valuation.currency(), won, lost, wonAmount, lostAmount, days);
  }

  /** This tally with one more deal; an open deal changes nothing. */
  public DealOutcomes add(OpportunitySnapshot deal, CurrencyValuation valuation) {
    Amounts.sameCurrency("valuation.currency", currency, valuation.currency());
    return combine(of(List.of(deal), valuation));
  }

  /** How many deals closed, won or lost. */
  public long closed() {
    return won + lost;
  }

  /** Won deals out of closed deals. */
  public Proportion winRate() {
    return Proportion.of(won, won + lost);
  }

  /** The amount won as a share of the amount closed, 0 to 1; empty when nothing of value closed. */
  public OptionalDouble winRateByAmount() {
    Money closed = wonAmount.plus(lostAmount);
    if (closed.isZero()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(wonAmount.amount().doubleValue() / closed.amount().doubleValue());
  }

  /** The mean amount of a won deal, rounded half-even to minor units; empty when none was won. */
  public Optional<Money> averageDealSize() {
    return Amounts.mean(wonAmount, won);
  }

  /** The mean days from creation to close of a won deal; empty when none was won. */
  public OptionalDouble averageSalesCycleDays() {
    return won == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) wonCycleDays / won);
  }

  @Override
  public DealOutcomes combine(DealOutcomes other) {
    Amounts.sameCurrency("dealOutcomes.currency", currency, other.currency);
    return new DealOutcomes(currency, won + other.won, lost + other.lost, wonAmount.plus(other.wonAmount),
        lostAmount.plus(other.lostAmount), wonCycleDays + other.wonCycleDays);
  }

  private static void checkAmount(String field, Money amount, Currency currency) {
    CrmValidationException.required(field, amount);
    if (!amount.currency().equals(currency)) {
      throw CrmValidationException.of(field, "mismatch", amount, "amounts are in " + currency);
    }
    if (amount.isNegative()) {
      throw CrmValidationException.of(field, "range", amount, "an amount is 0 or more");
    }
  }
}
