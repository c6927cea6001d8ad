package io.crmkit.analytics.clv.internal;

import io.crmkit.analytics.clv.PurchaseData;

/**
 * Purchase data copied into arrays for a likelihood's inner loop, times divided by a scale (the
 * largest age, so that the fit works on times up to 1).
 */
public final class PurchaseColumns {
  /** Repeat purchases per row. */
  public final int[] x;
  /** Recency per row, scaled. */
  public final double[] tx;
  /** Age per row, scaled. */
  public final double[] age;
  /** Customers per row. */
  public final double[] weight;
  /** The largest repeat purchases. */
  public final int maxX;
  /** The scale times were divided by. */
  public final double scale;
  /** The customers in all rows. */
  public final long customers;

  private PurchaseColumns(PurchaseData data, double scale) {
    int n = data.size();
    this.x = new int[n];
    this.tx = new double[n];
    this.age = new double[n];
    this.weight = new double[n];
    int max = 0;
    for (int row = 0; row < n; row++) {
      x[row] = data.repeatPurchases(row);
      tx[row] = data.recency(row) / scale;
      age[row] = data.age(row) / scale;
      weight[row] = data.customers(row);
      max = Math.max(max, x[row]);
    }
    this.maxX = max;
    this.scale = scale;
    this.customers = data.customerCount();
  }

  /** The data with times divided by the largest age (by 1 when every age is 0). */
  public static PurchaseColumns scaled(PurchaseData data) {
    double largest = 0.0;
    for (int row = 0; row < data.size(); row++) {
      largest = Math.max(largest, data.age(row));
    }
    return new PurchaseColumns(data, largest > 0 ? largest : 1.0);
  }

  /** The data as given. */
  public static PurchaseColumns unscaled(PurchaseData data) {
    return new PurchaseColumns(data, 1.0);
  }

  /** The number of rows. */
  public int size() {
    return x.length;
  }

  /** Whether a table of values per repeat-purchase count (0..maxX) is cheaper than one per row. */
  public boolean tabulateByX() {
    return maxX < 4 * x.length + 16;
  }
}
