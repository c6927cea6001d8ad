package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;

/**
 * A length of time in a stated unit: a horizon, a holdout period or a customer's age.
 *
 * @param length the length, finite and 0 or more, in {@code unit}
 * @param unit the unit
 */
public record TimeSpan(double length, ModelTimeUnit unit) {
  /**
   * Checks the parts.
   *
   * @throws CrmValidationException when the length is negative or not finite ({@code timeSpan.length},
   *     rule {@code nonNegative}) or the unit is missing
   */
  public TimeSpan {
    if (!(length >= 0 && Double.isFinite(length))) {
      throw CrmValidationException.of("timeSpan.length", "nonNegative", length, "a finite length of 0 or more");
    }
    CrmValidationException.required("timeSpan.unit", unit);
  }

  /** A span of {@code length} units. */
  public static TimeSpan of(double length, ModelTimeUnit unit) {
    return new TimeSpan(length, unit);
  }

  /** A span of days. */
  public static TimeSpan days(double length) {
    return new TimeSpan(length, ModelTimeUnit.DAY);
  }

  /** A span of weeks. */
  public static TimeSpan weeks(double length) {
    return new TimeSpan(length, ModelTimeUnit.WEEK);
  }

  /** A span of months (of 30.4375 days). */
  public static TimeSpan months(double length) {
    return new TimeSpan(length, ModelTimeUnit.MONTH);
  }

  /** A span of years (of 365.25 days). */
  public static TimeSpan years(double length) {
    return new TimeSpan(length, ModelTimeUnit.YEAR);
  }

  /**
   * The length, after checking that it is counted in {@code expected}.
   *
   * @param field the field to name when the units differ ({@code "horizon"})
   * @throws CrmValidationException when the units differ ({@code <field>.unit}, rule {@code sameUnit})
   */
  public double lengthIn(ModelTimeUnit expected, String field) {
    Units.requireSame(field, expected, unit);
    return length;
  }

  @Override
  public String toString() {
    return length + " " + unit.label() + (length == 1.0 ? "" : "s");
  }
}
