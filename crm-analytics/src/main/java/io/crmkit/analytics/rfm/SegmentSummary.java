package io.crmkit.analytics.rfm;

/**
 * One segment's share of the customers and revenue.
 *
 * @param segment the segment
 * @param customers its customers
 * @param orders their orders
 * @param revenue their revenue, in the table's currency
 * @param customerShare its customers over all scored customers, 0..1
 * @param revenueShare its revenue over all scored revenue (0 when that total is 0)
 */
public record SegmentSummary(
    String segment, int customers, long orders, double revenue, double customerShare, double revenueShare) {

  /** Revenue per order: {@code revenue / orders}, 0 without orders. */
  public double meanOrderValue() {
    return orders == 0 ? 0 : revenue / orders;
  }
}
