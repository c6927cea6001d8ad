package io.crmkit.lifecycle.shipped;

/**
 * The settings of the {@link SupportCaseLifecycle support case lifecycle}: its service-level
 * targets and when a resolved case closes by itself. Targets usually depend on the severity: make
 * one definition per set of targets and pick it by the case's severity.
 *
 * @param firstResponseHours the hours support has to answer a new case; 1 or more
 * @param resolutionHours the hours support has to resolve a case, not counting the time spent
 *     waiting on the customer; 1 or more
 * @param businessHours whether the hours of the two targets are business hours (else around the clock)
 * @param autoCloseAfterDays the days (of 24 hours) after which a resolved case that the customer
 *     neither confirmed nor reopened may close; 1 or more
 */
public record SupportCaseOptions(
    int firstResponseHours, int resolutionHours, boolean businessHours, int autoCloseAfterDays) {
  private static final SupportCaseOptions DEFAULTS = new SupportCaseOptions(8, 40, true, 7);

  /**
   * Checks the settings.
   *
   * @throws io.crmkit.core.CrmValidationException field {@code supportCaseOptions.<setting>}, rule
   *     {@code range}, for a time below 1
   */
  public SupportCaseOptions {
    B2bLeadOptions.atLeastOne("supportCaseOptions.firstResponseHours", firstResponseHours, "hour");
    B2bLeadOptions.atLeastOne("supportCaseOptions.resolutionHours", resolutionHours, "hour");
    B2bLeadOptions.atLeastOne("supportCaseOptions.autoCloseAfterDays", autoCloseAfterDays, "day");
  }

  /**
   * The defaults: first response in 8 business hours, resolution in 40 business hours (a working
   * week), a resolved case closes after 7 days.
   */
  public static SupportCaseOptions defaults() {
    return DEFAULTS;
  }

  /** These settings with another first-response target, in hours. */
  public SupportCaseOptions withFirstResponseHours(int hours) {
    return new SupportCaseOptions(hours, resolutionHours, businessHours, autoCloseAfterDays);
  }

  /** These settings with another resolution target, in hours. */
  public SupportCaseOptions withResolutionHours(int hours) {
    return new SupportCaseOptions(firstResponseHours, hours, businessHours, autoCloseAfterDays);
  }

  /** These settings with targets in business hours ({@code true}) or around the clock ({@code false}). */
  public SupportCaseOptions withBusinessHours(boolean business) {
    return new SupportCaseOptions(firstResponseHours, resolutionHours, business, autoCloseAfterDays);
  }

  /** These settings with another time after which a resolved case closes, in days. */
  public SupportCaseOptions withAutoCloseAfterDays(int days) {
    return new SupportCaseOptions(firstResponseHours, resolutionHours, businessHours, days);
  }

  /** The value of the timers' {@value LifecycleTimers#TIME} parameter for the two targets. */
  String time() {
    return businessHours ? LifecycleTimers.BUSINESS_TIME : LifecycleTimers.CALENDAR_TIME;
  }
}
