package io.crmkit.analytics.pipeline;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.port.ExchangeRates;
import io.crmkit.core.port.MissingExchangeRateException;
import io.crmkit.core.value.ExchangeRate;
import io.crmkit.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;

/**
 * How amounts in several currencies are totalled: each converted into one reporting currency at the
 * rate in force on its own date (a deal's close date, a touch's day), through crm-core's
 * {@link ExchangeRates} port.
 *
 * <p>An amount already in the reporting currency is taken as it is; any other is converted and
 * rounded half-even to the reporting currency's minor units (see
 * {@link ExchangeRates#convert(Money, Currency, LocalDate)}). When no rate is in force on the day,
 * conversion fails with a {@link MissingExchangeRateException} naming the pair and the day: a total
 * is never silently wrong.
 */
public final class CurrencyValuation {
  private static final ExchangeRates NO_RATES = new ExchangeRates() {
    @Override
    public Optional<ExchangeRate> rateOn(Currency from, Currency to, LocalDate day) {
      return Optional.empty();
    }
  };

  private final Currency currency;
  private final ExchangeRates rates;
  private final ZoneId zone;

  private CurrencyValuation(Currency currency, ExchangeRates rates, ZoneId zone) {
    this.currency = CrmValidationException.required("valuation.currency", currency);
    this.rates = CrmValidationException.required("valuation.rates", rates);
    this.zone = CrmValidationException.required("valuation.zone", zone);
  }

  /** Totals in {@code currency}, converting with {@code rates}; instants fall on days in UTC. */
  public static CurrencyValuation in(Currency currency, ExchangeRates rates) {
    return new CurrencyValuation(currency, rates, ZoneOffset.UTC);
  }

  /**
   * Totals in one currency without rates: any amount in another currency is refused with a
   * {@link MissingExchangeRateException}.
   */
  public static CurrencyValuation only(Currency currency) {
    return new CurrencyValuation(currency, NO_RATES, ZoneOffset.UTC);
  }

  /** This valuation with instants falling on days in another time zone. */
  public CurrencyValuation inZone(ZoneId otherZone) {
    return new CurrencyValuation(currency, rates, otherZone);
  }

  /** The reporting currency. */
  public Currency currency() {
    return currency;
  }

  /** The time zone whose days instants fall on. */
  public ZoneId zone() {
    return zone;
  }

  /** Zero in the reporting currency. */
  public Money zero() {
    return Money.zero(currency);
  }

  /**
   * The amount in the reporting currency at the rate in force on {@code day}.
   *
   * @throws MissingExchangeRateException when the amount needs converting and no rate (in either
   *     direction) is in force that day
   */
  public Money value(Money amount, LocalDate day) {
    return rates.convert(amount, currency, day);
  }

  /** The amount at the rate in force on the day (in this valuation's zone) of {@code at}. */
  public Money value(Money amount, Instant at) {
    CrmValidationException.required("at", at);
    return value(amount, LocalDate.ofInstant(at, zone));
  }

  /** The deal's amount at the rate of its close date. */
  public Money value(OpportunitySnapshot deal) {
    CrmValidationException.required("deal", deal);
    return value(deal.amount(), deal.closeDate());
  }

  @Override
  public String toString() {
    return "valued in " + currency + " (" + zone + ")";
  }
}
