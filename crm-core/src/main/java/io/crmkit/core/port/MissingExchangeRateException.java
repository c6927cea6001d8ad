package io.crmkit.core.port;

import java.time.LocalDate;
import java.util.Currency;

/**
 * No exchange rate between two currencies is in force on a day, in either direction, so money
 * cannot be converted. Add the rate (or an earlier one) and convert again.
 */
public final class MissingExchangeRateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Currency from;
  private final Currency to;
  private final LocalDate day;

  /**
   * Makes the exception.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param day the day the conversion was for
   */
  public MissingExchangeRateException(Currency from, Currency to, LocalDate day) {
    super("no exchange rate from " + from + " to " + to + " (or back) is in force on " + day);
    this.from = from;
    this.to = to;
    this.day = day;
  }

  /** The currency converted from. */
  public Currency from() {
    return from;
  }

  /** The currency converted to. */
  public Currency to() {
    return to;
  }

  /** The day the conversion was for. */
  public LocalDate day() {
    return day;
  }
}
