package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;

/**
 * The rate at which future money is discounted, per period of a unit: money a period from now is
 * worth {@code 1 / (1 + rate)} of money now.
 *
 * @param perPeriod the rate per period, finite and 0 or more (0.01 is 1% per period)
 * @param unit the period the rate applies to
 */
public record DiscountRate(double perPeriod, ModelTimeUnit unit) {
  /**
   * Checks the parts.
   *
   * @throws CrmValidationException when the rate is negative or not finite ({@code discountRate.perPeriod},
   *     rule {@code nonNegative}) or the unit is missing
   */
  public DiscountRate {
    if (!(perPeriod >= 0 && Double.isFinite(perPeriod))) {
      throw CrmValidationException.of("discountRate.perPeriod", "nonNegative", perPeriod,
          "a finite rate of 0 or more per period");
    }
    CrmValidationException.required("discountRate.unit", unit);
  }

  /** A rate per period of {@code unit}. */
  public static DiscountRate of(double perPeriod, ModelTimeUnit unit) {
    return new DiscountRate(perPeriod, unit);
  }

  /** No discounting, in {@code unit}. */
  public static DiscountRate none(ModelTimeUnit unit) {
    return new DiscountRate(0.0, unit);
  }

  /**
   * The rate per period of another unit that discounts the same over the same time: {@code (1 +
   * rate)^(other.days / unit.days) - 1}. Conversion is explicit, never implied.
   */
  public DiscountRate convertedTo(ModelTimeUnit other) {
    CrmValidationException.required("unit", other);
    double exponent = other.days() / unit.days();
    return new DiscountRate(Math.expm1(exponent * Math.log1p(perPeriod)), other);
  }

  /** The factor that discounts money {@code periods} periods from now: {@code (1 + rate)^-periods}. */
  public double factor(double periods) {
    return Math.exp(-periods * Math.log1p(perPeriod));
  }
}
