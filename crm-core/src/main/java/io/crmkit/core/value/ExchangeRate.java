package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;

/**
 * How many units of {@code to} one unit of {@code from} bought, from a date on.
 *
 * <p>The rate is kept with trailing zeros stripped, so that {@code 1.10} equals {@code 1.1}. It lies
 * between {@code 10^-18} and {@code 10^18} and has at most 34 significant digits.
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param rate units of {@code to} per unit of {@code from}; above zero
 * @param effectiveOn the first day the rate applies
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate effectiveOn) {
  private static final BigDecimal SMALLEST = BigDecimal.ONE.scaleByPowerOfTen(-18);
  private static final BigDecimal LARGEST = BigDecimal.ONE.scaleByPowerOfTen(18);
  private static final int MAX_PRECISION = 34;

  /**
   * Checks the rate.
   *
   * @throws CrmValidationException when a part is missing ({@code required}), the rate is not above
   *     zero ({@code positive}), outside 10^-18 to 10^18 ({@code range}), has more than 34
   *     significant digits ({@code precision}), or both currencies are the same ({@code distinct})
   */
  public ExchangeRate {
    CrmValidationException.required("rate.from", from);
    CrmValidationException.required("rate.to", to);
    CrmValidationException.required("rate.rate", rate);
    CrmValidationException.required("rate.effectiveOn", effectiveOn);
    if (rate.signum() <= 0) {
      throw CrmValidationException.of("rate.rate", "positive", rate, "a rate must be above zero");
    }
    if (rate.compareTo(SMALLEST) < 0 || rate.compareTo(LARGEST) > 0) {
      throw CrmValidationException.of("rate.rate", "range", rate, "a rate lies between 10^-18 and 10^18");
    }
    if (rate.stripTrailingZeros().precision() > MAX_PRECISION) {
      throw CrmValidationException.of("rate.rate", "precision", rate, "at most 34 significant digits");
    }
    if (from.equals(to)) {
      throw CrmValidationException.of("rate.to", "distinct", to, "a rate converts between two currencies");
    }
    rate = rate.stripTrailingZeros();
  }

  /**
   * The opposite rate, from {@code to} to {@code from} on the same day: {@code 1 / rate} rounded to
   * 16 significant digits ({@link MathContext#DECIMAL64}, half-even).
   */
  public ExchangeRate inverse() {
    return new ExchangeRate(to, from, BigDecimal.ONE.divide(rate, MathContext.DECIMAL64), effectiveOn);
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
