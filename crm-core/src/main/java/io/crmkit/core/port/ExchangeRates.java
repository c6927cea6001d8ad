package io.crmkit.core.port;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.ExchangeRate;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Dated exchange rates, so that a deal is valued at the rate of its close date. Implemented by the
 * host application (from its treasury or a rates feed); {@code InMemoryExchangeRates} ships with
 * crm-core.
 *
 * <p>A rate applies from its {@code effectiveOn} day until the next rate of the same pair: a rate
 * added later for a later day never changes a valuation on an earlier day.
 */
public interface ExchangeRates {

  /**
   * The rate from one currency to another in force on a day: the rate of that pair with the latest
   * {@code effectiveOn} not after {@code day}. Only the rate stored for this direction is looked
   * at; {@link #convert(Money, Currency, LocalDate)} also uses the opposite one.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param day the day the conversion is for, such as a deal's close date
   * @return the rate, or empty when none is in force on that day
   */
  Optional<ExchangeRate> rateOn(Currency from, Currency to, LocalDate day);

  /**
   * Converts money to a currency at the rate in force on a day, rounded half-even to the target's
   * minor units.
   *
   * <ul>
   *   <li>Money already in the target currency is returned as it is.
   *   <li>Otherwise the rate from the money's currency to the target in force that day is used.
   *   <li>Failing that, the opposite rate in force that day is inverted: {@code 1 / rate} rounded to
   *       16 significant digits ({@link java.math.MathContext#DECIMAL64}, half-even; see
   *       {@link ExchangeRate#inverse()}).
   * </ul>
   *
   * <p>The direct rate is preferred even when the opposite rate is more recent: a host that stores
   * both directions says which one to use for each.
   *
   * @throws MissingExchangeRateException when neither rate is in force on that day
   * @throws CrmValidationException when an argument is missing (rule {@code required})
   */
  default Money convert(Money money, Currency target, LocalDate day) {
    CrmValidationException.required("money", money);
    CrmValidationException.required("target", target);
    CrmValidationException.required("day", day);
    Currency source = money.currency();
    if (source.equals(target)) {
      return money;
    }
    Optional<ExchangeRate> rate = rateOn(source, target, day)
        .or(() -> rateOn(target, source, day).map(ExchangeRate::inverse));
    return money.convertTo(target, rate.orElseThrow(() -> new MissingExchangeRateException(source, target, day)));
  }
}
