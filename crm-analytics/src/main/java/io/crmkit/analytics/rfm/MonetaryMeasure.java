package io.crmkit.analytics.rfm;

/** What the monetary value of RFM measures. */
public enum MonetaryMeasure {
  /** The customer's total revenue (the R package {@code rfm}). */
  TOTAL,
  /**
   * The mean revenue per counted purchase: total revenue divided by the frequency, so per order, or
   * per purchase day when frequency counts {@link FrequencyMeasure#PURCHASE_DAYS days} (as
   * PyMC-Marketing does).
   */
  MEAN
}
