package io.crmkit.lifecycle.shipped;

import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.CrmValidationException;

/**
 * The settings of the {@link B2bLeadLifecycle B2B lead lifecycle}: which leads marketing passes
 * to sales, and the service levels of the hand-offs.
 *
 * @param mqlScoreThreshold the lowest lead score (0 to 100) at which marketing passes a lead to sales
 * @param minimumFit the lowest grade of fit to the ideal customer profile that marketing passes on
 * @param salesAcceptanceBusinessHours the business hours sales has to accept or reject a
 *     marketing-qualified lead; 1 or more
 * @param firstContactHours the hours (around the clock) customer success has to contact a new
 *     customer after the deal closes; 1 or more
 * @param kickoffBookingDays the days (of 24 hours) customer success has to book the kickoff after
 *     the deal closes; 1 or more
 */
public record B2bLeadOptions(
    int mqlScoreThreshold,
    FitGrade minimumFit,
    int salesAcceptanceBusinessHours,
    int firstContactHours,
    int kickoffBookingDays) {

  /** The defaults: score 60, fit B, 8 business hours to accept, first contact in 24 hours, kickoff booked in 14 days. */
  private static final B2bLeadOptions DEFAULTS = new B2bLeadOptions(60, FitGrade.B, 8, 24, 14);

  /**
   * Checks the settings.
   *
   * @throws CrmValidationException field {@code b2bLeadOptions.<setting>}, rule {@code range}, for
   *     a threshold outside 0 to 100 or a time below 1; rule {@code required} for a missing grade
   */
  public B2bLeadOptions {
    if (mqlScoreThreshold < 0 || mqlScoreThreshold > 100) {
      throw CrmValidationException.of(
          "b2bLeadOptions.mqlScoreThreshold", "range", mqlScoreThreshold, "a lead score threshold is from 0 to 100");
    }
    CrmValidationException.required("b2bLeadOptions.minimumFit", minimumFit);
    atLeastOne("b2bLeadOptions.salesAcceptanceBusinessHours", salesAcceptanceBusinessHours, "hour");
    atLeastOne("b2bLeadOptions.firstContactHours", firstContactHours, "hour");
    atLeastOne("b2bLeadOptions.kickoffBookingDays", kickoffBookingDays, "day");
  }

  /**
   * The defaults: a lead score of 60 and fit {@link FitGrade#B} to pass, 8 business hours for sales
   * to accept or reject, 24 hours for the first contact with a new customer, 14 days to book the
   * kickoff.
   */
  public static B2bLeadOptions defaults() {
    return DEFAULTS;
  }

  /** These settings with another lead score threshold, 0 to 100. */
  public B2bLeadOptions withMqlScoreThreshold(int threshold) {
    return new B2bLeadOptions(threshold, minimumFit, salesAcceptanceBusinessHours, firstContactHours, kickoffBookingDays);
  }

  /** These settings with another minimum fit. */
  public B2bLeadOptions withMinimumFit(FitGrade fit) {
    return new B2bLeadOptions(mqlScoreThreshold, fit, salesAcceptanceBusinessHours, firstContactHours, kickoffBookingDays);
  }

  /** These settings with another time for sales to accept or reject, in business hours. */
  public B2bLeadOptions withSalesAcceptanceBusinessHours(int hours) {
    return new B2bLeadOptions(mqlScoreThreshold, minimumFit, hours, firstContactHours, kickoffBookingDays);
  }

  /** These settings with another time for the first contact with a new customer, in hours. */
  public B2bLeadOptions withFirstContactHours(int hours) {
    return new B2bLeadOptions(mqlScoreThreshold, minimumFit, salesAcceptanceBusinessHours, hours, kickoffBookingDays);
  }

  /** These settings with another time to book the kickoff, in days. */
  public B2bLeadOptions withKickoffBookingDays(int days) {
    return new B2bLeadOptions(mqlScoreThreshold, minimumFit, salesAcceptanceBusinessHours, firstContactHours, days);
  }

  /** Fails unless a time is 1 or more of its unit. */
  static void atLeastOne(String field, int value, String unit) {
    if (value < 1) {
      throw CrmValidationException.of(field, "range", value, "at least 1 " + unit);
    }
  }
}
