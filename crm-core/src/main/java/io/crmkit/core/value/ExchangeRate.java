package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * How many units of {@code to} one unit of {@code from} bought, from a date on.
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param rate units of {@code to} per unit of {@code from}; above zero
 * @param effectiveOn the first day the rate applies
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate effectiveOn) {
  /** Checks the rate. */
  public ExchangeRate {
    CrmValidationException.required("rate.from", from);
    CrmValidationException.required("rate.to", to);
    CrmValidationException.required("rate.rate", rate);
    CrmValidationException.required("rate.effectiveOn", effectiveOn);
    if (rate.signum() <= 0) {
      throw CrmValidationException.of("rate.rate", "positive", rate, "a rate must be above zero");
    }
    if (from.equals(to)) {
      throw CrmValidationException.of("rate.to", "distinct", to, "a rate converts between two currencies");
    }
    rate = rate.stripTrailingZeros();
  }

  /** Makes a rate, e.g. {@code ExchangeRate.of("EUR", "USD", "1.0825", LocalDate.of(2026, 1, 2))}. */
  public static ExchangeRate of(String from, String to, String rate, LocalDate effectiveOn) {
    BigDecimal r;
    try {
      r = new BigDecimal(CrmValidationException.requiredText("rate.rate", rate));
    } catch (NumberFormatException e) {
      throw CrmValidationException.of("rate.rate", "number", rate, "not a decimal number");
    }
    return new ExchangeRate(Money.currency(from), Money.currency(to), r, effectiveOn);
  }
}
