package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of one currency.
 *
 * <p>Normalised when made: the scale is the currency's minor units (cents for USD, none for JPY),
 * or more when the amount is more precise (a unit price of 0.005 USD keeps its three places), so
 * that {@code 10 USD} equals {@code 10.00 USD}. An amount has at most {@value #MAX_INTEGER_DIGITS}
 * digits before the decimal point and at most {@value #MAX_SCALE} after it; beyond that it is not
 * money but a mistake (or an attempt to make the library work on a number with a billion digits).
 * Arithmetic on two currencies is refused; convert first with
 * {@link #convertTo(Currency, ExchangeRate)} or {@code ExchangeRates.convert}.
 *
 * @param amount the amount, any sign
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  /** The most digits an amount has before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 24;

  /** The most digits an amount has after the decimal point. */
  public static final int MAX_SCALE = 18;

  /**
   * Checks and normalises the amount's scale.
   *
   * @throws CrmValidationException when the amount or currency is missing (rule {@code required}),
   *     the amount is {@code 10^24} or more in size ({@code range}) or has more than 18 decimal
   *     places ({@code scale})
   */
  public Money {
    CrmValidationException.required("money.amount", amount);
    CrmValidationException.required("money.currency", currency);
    amount = normalise(amount, currency);
  }

  /** Makes an amount, e.g. {@code Money.of("12.50", "EUR")}. */
  public static Money of(String amount, String currencyCode) {
    return new Money(parseAmount(amount), currency(currencyCode));
  }

  /** Makes an amount. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** Makes an amount from minor units (cents): {@code ofMinor(1250, "EUR")} is 12.50 EUR. */
  public static Money ofMinor(long minorUnits, String currencyCode) {
    Currency c = currency(currencyCode);
    int digits = Math.max(0, c.getDefaultFractionDigits());
    return new Money(BigDecimal.valueOf(minorUnits, digits), c);
  }

  /** Zero of a currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** Zero of a currency given by its ISO code. */
  public static Money zero(String currencyCode) {
    return zero(currency(currencyCode));
  }

  /**
   * Reads an ISO 4217 currency code.
   *
   * @throws CrmValidationException when the code is not a known currency
   */
  public static Currency currency(String code) {
    String c = CrmValidationException.requiredText("money.currency", code).toUpperCase(Locale.ROOT);
    try {
      return Currency.getInstance(c);
    } catch (IllegalArgumentException e) {
      throw CrmValidationException.of("money.currency", "iso4217", code, "not an ISO 4217 currency code");
    }
  }

  /** The sum; refused with rule {@code mismatch} when the currencies differ. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** The difference; refused with rule {@code mismatch} when the currencies differ. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * This amount times a factor, such as a quantity or a discount rate: exact when the product has at
   * most {@value #MAX_SCALE} decimal places, otherwise rounded half-even to that many. Call
   * {@link #rounded()} for the currency's minor units.
   */
  public Money times(BigDecimal factor) {
    CrmValidationException.required("factor", factor);
    BigDecimal product = amount.multiply(factor);
    if (product.scale() > MAX_SCALE) {
      product = product.setScale(MAX_SCALE, RoundingMode.HALF_EVEN);
    }
    return new Money(product, currency);
  }

  /** This amount times a whole number. */
  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  /** This amount rounded half-even to the currency's minor units. */
  public Money rounded() {
    return new Money(amount.setScale(minorDigits(currency), RoundingMode.HALF_EVEN), currency);
  }

  /** The amount with its sign flipped. */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Whether the amount is above zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Converts to another currency with a rate from this currency, rounded half-even to the target's
   * minor units.
   *
   * @throws CrmValidationException when the rate is not from this currency to {@code target}
   */
  public Money convertTo(Currency target, ExchangeRate rate) {
    CrmValidationException.required("target", target);
    CrmValidationException.required("rate", rate);
    if (currency.equals(target)) {
      return this;
    }
    if (!rate.from().equals(currency) || !rate.to().equals(target)) {
      throw CrmValidationException.of("rate", "currency", rate,
          "a rate from " + currency + " to " + target + " is needed");
    }
    return new Money(amount.multiply(rate.rate()).setScale(minorDigits(target), RoundingMode.HALF_EVEN), target);
  }

  /** Compares two amounts of the same currency; refused when the currencies differ. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other) {
    CrmValidationException.required("money", other);
    if (!currency.equals(other.currency)) {
      throw CrmValidationException.of("money.currency", "mismatch", other.currency,
          "cannot combine " + currency + " with " + other.currency + " without conversion");
    }
  }

  private static int minorDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  private static BigDecimal normalise(BigDecimal amount, Currency currency) {
    BigDecimal stripped = amount.stripTrailingZeros();
    // Checked before setScale: widening a scale of -10^9 would compute a billion-digit number.
    if (stripped.signum() != 0 && (long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
      throw CrmValidationException.of("money.amount", "range", amount,
          "at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
    }
    if (stripped.scale() > MAX_SCALE) {
      throw CrmValidationException.of("money.amount", "scale", amount,
          "at most " + MAX_SCALE + " digits after the decimal point");
    }
    int scale = Math.max(minorDigits(currency), stripped.scale());
    return stripped.setScale(scale, RoundingMode.UNNECESSARY);
  }

  private static BigDecimal parseAmount(String amount) {
    String a = CrmValidationException.requiredText("money.amount", amount);
    try {
      return new BigDecimal(a);
    } catch (NumberFormatException e) {
      throw CrmValidationException.of("money.amount", "number", amount, "not a decimal number");
    }
  }
}
