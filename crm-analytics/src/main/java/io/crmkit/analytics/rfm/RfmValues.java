package io.crmkit.analytics.rfm;

/**
 * The RFM values of every customer with a purchase on or before the analysis date, by position
 * 0..{@link #size()}-1 in customer-number order: what {@link RfmAccumulator#values()} gives and
 * {@link RfmBinning} scores. Immutable; no array leaves it.
 */
public final class RfmValues {
  private final RfmMeasures measures;
  private final int[] customerIndex;
  private final int[] recencyDays;
  private final int[] frequency;
  private final int[] orders;
  private final double[] revenue;
  private final double[] monetary;

  RfmValues(RfmMeasures measures, int[] customerIndex, int[] recencyDays, int[] frequency, int[] orders,
      double[] revenue, double[] monetary) {
    this.measures = measures;
    this.customerIndex = customerIndex;
    this.recencyDays = recencyDays;
    this.frequency = frequency;
    this.orders = orders;
    this.revenue = revenue;
    this.monetary = monetary;
  }

  /** What the values measure. */
  public RfmMeasures measures() {
    return measures;
  }

  /** The number of customers with values. */
  public int size() {
    return customerIndex.length;
  }

  /** The customer number (in the table) of the customer at a position. */
  public int customerIndex(int position) {
    return customerIndex[position];
  }

  /** Days from the customer's last purchase to the analysis date, 0 or more. */
  public int recencyDays(int position) {
    return recencyDays[position];
  }

  /** The customer's frequency: orders or purchase days, as the measures say; 1 or more. */
  public int frequency(int position) {
    return frequency[position];
  }

  /** The customer's orders, whatever the frequency counts (the segment summary adds these up). */
  public int orders(int position) {
    return orders[position];
  }

  /** The customer's total revenue, in the table's currency. */
  public double revenue(int position) {
    return revenue[position];
  }

  /** The customer's monetary value: total revenue or mean per purchase, as the measures say. */
  public double monetary(int position) {
    return monetary[position];
  }

  /** The recency of every customer, as numbers to bin; a fresh array. */
  double[] recencyColumn() {
    double[] column = new double[recencyDays.length];
    for (int i = 0; i < column.length; i++) {
      column[i] = recencyDays[i];
    }
    return column;
  }

  /** The frequency of every customer, as numbers to bin; a fresh array. */
  double[] frequencyColumn() {
    double[] column = new double[frequency.length];
    for (int i = 0; i < column.length; i++) {
      column[i] = frequency[i];
    }
    return column;
  }

  /** The monetary value of every customer: this object's own array, which the caller must not change. */
  double[] monetaryColumn() {
    return monetary;
  }

  @Override
  public String toString() {
    return "RfmValues[" + size() + " customers as of " + measures.asOf() + "]";
  }
}
