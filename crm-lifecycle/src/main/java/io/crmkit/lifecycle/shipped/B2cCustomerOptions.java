package io.crmkit.lifecycle.shipped;

import io.crmkit.core.CrmValidationException;
import java.time.Duration;

/**
 * The settings of the {@link B2cCustomerLifecycle B2C customer lifecycle}: how long without a
 * purchase a customer lapses, and churns.
 *
 * @param lapsingAfterDays the days (of 24 hours) without a purchase after which a customer is
 *     lapsing; 1 or more
 * @param churnedAfterDays the days without a purchase after which a customer has churned; more than
 *     {@code lapsingAfterDays}
 */
public record B2cCustomerOptions(int lapsingAfterDays, int churnedAfterDays) {
  private static final B2cCustomerOptions DEFAULTS = new B2cCustomerOptions(90, 180);

  /**
   * Checks the settings.
   *
   * @throws CrmValidationException field {@code b2cCustomerOptions.lapsingAfterDays}, rule
   *     {@code range}, below 1 day; field {@code b2cCustomerOptions.churnedAfterDays}, rule
   *     {@code order}, when not after the lapsing period
   */
  public B2cCustomerOptions {
    B2bLeadOptions.atLeastOne("b2cCustomerOptions.lapsingAfterDays", lapsingAfterDays, "day");
    if (churnedAfterDays <= lapsingAfterDays) {
      throw CrmValidationException.of(
          "b2cCustomerOptions.churnedAfterDays", "order", churnedAfterDays,
          "a customer churns later than they lapse: more than " + lapsingAfterDays + " days");
    }
  }

  /** The defaults: lapsing after 90 days without a purchase, churned after 180. */
  public static B2cCustomerOptions defaults() {
    return DEFAULTS;
  }

  /** These settings with another lapsing period, in days. */
  public B2cCustomerOptions withLapsingAfterDays(int days) {
    return new B2cCustomerOptions(days, churnedAfterDays);
  }

  /** These settings with another churn period, in days. */
  public B2cCustomerOptions withChurnedAfterDays(int days) {
    return new B2cCustomerOptions(lapsingAfterDays, days);
  }

  /** The lapsing period as a duration of whole days of 24 hours. */
  public Duration lapsingPeriod() {
    return Duration.ofDays(lapsingAfterDays);
  }

  /** The churn period as a duration of whole days of 24 hours. */
  public Duration churnPeriod() {
    return Duration.ofDays(churnedAfterDays);
  }
}
