package io.crmkit.analytics.rfm;

/** What the frequency of RFM counts. */
public enum FrequencyMeasure {
  /**
   * Orders: the distinct order ids of a customer's rows, each row without an order id counting as
   * an order of its own; a table without order ids counts rows (as the R package {@code rfm} does).
   */
  ORDERS,
  /** Purchase days: the distinct days on which the customer bought anything. */
  PURCHASE_DAYS
}
