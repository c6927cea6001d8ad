package io.crmkit.analytics.clv;

/**
 * The unit a CLV model counts time in: recency, age, horizons and discount rates are all in one unit,
 * and mixing units is refused, never converted silently.
 *
 * <p>A month is a twelfth of a year of 365.25 days (30.4375 days) and a year 365.25 days, so that
 * summaries in months or years of the same purchases agree on average.
 */
public enum ModelTimeUnit {
  /** A day. */
  DAY(1.0),
  /** A week of seven days. */
  WEEK(7.0),
  /** A twelfth of a year: 30.4375 days. */
  MONTH(365.25 / 12.0),
  /** A year of 365.25 days. */
  YEAR(365.25);

  private final double days;

  ModelTimeUnit(double days) {
    this.days = days;
  }

  /** The length of one unit, in days. */
  public double days() {
    return days;
  }

  /** A number of days in this unit ({@code days / days()}). */
  public double fromDays(double dayCount) {
    return dayCount / days;
  }

  /** The unit's name in lower case, for text ({@code "week"}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
