package io.crmkit.analytics.clv.spend;

import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.core.CrmValidationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The input of the Gamma-Gamma spend model: rows of {@code (x, mean repeat spend, customers)} for
 * customers with at least one repeat purchase; customers with the same pair may share a row.
 *
 * <p>Immutable; rows are read by index.
 */
public final class SpendData {
  private final int[] repeatPurchases;
  private final double[] meanSpend;
  private final long[] customers;
  private final long customerCount;

  private SpendData(int[] repeatPurchases, double[] meanSpend, long[] customers) {
    this.repeatPurchases = repeatPurchases;
    this.meanSpend = meanSpend;
    this.customers = customers;
    long total = 0;
    for (long count : customers) {
      total += count;
    }
    this.customerCount = total;
  }

  /**
   * The repeat buyers of {@code summaries}, one row each; customers without repeat purchases are
   * left out (the model describes the spend of repeat purchases).
   *
   * @throws CrmValidationException when a repeat buyer's mean spend is not above 0 ({@code
   *     spendData.meanSpend}, rule {@code positive}, naming the customer)
   */
  public static SpendData repeatBuyersOf(CustomerSummaries summaries) {
    CrmValidationException.required("summaries", summaries);
    Builder builder = new Builder(false);
    for (int row = 0; row < summaries.size(); row++) {
      int x = summaries.repeatPurchases(row);
      if (x > 0) {
        builder.add(x, summaries.meanRepeatSpend(row), 1, "customer " + summaries.customerId(row) + ": ");
      }
    }
    return builder.build();
  }

  /** A builder that merges rows with the same {@code (x, mean spend)}. */
  public static Builder builder() {
    return new Builder(true);
  }

  /** The number of rows. */
  public int size() {
    return repeatPurchases.length;
  }

  /** A row's repeat purchases {@code x}, 1 or more. */
  public int repeatPurchases(int row) {
    return repeatPurchases[row];
  }

  /** A row's mean spend per repeat purchase, above 0. */
  public double meanSpend(int row) {
    return meanSpend[row];
  }

  /** The customers a row stands for. */
  public long customers(int row) {
    return customers[row];
  }

  /** The customers in all rows. */
  public long customerCount() {
    return customerCount;
  }

  /** The rows merged by identical {@code (x, mean spend)}. */
  public SpendData grouped() {
    Builder builder = builder();
    for (int row = 0; row < size(); row++) {
      builder.add(repeatPurchases[row], meanSpend[row], customers[row]);
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "SpendData[" + size() + " rows of " + customerCount + " repeat buyers]";
  }

  /** Takes rows one by one. Not thread-safe. */
  public static final class Builder {
    private final boolean merge;
    private final Map<Key, Integer> rowByKey = new HashMap<>();
    private int[] repeatPurchases = new int[16];
    private double[] meanSpend = new double[16];
    private long[] customers = new long[16];
    private int rows;

    private Builder(boolean merge) {
      this.merge = merge;
    }

    /**
     * Adds {@code count} repeat buyers with {@code x} repeat purchases of mean value {@code meanSpend}.
     *
     * @throws CrmValidationException naming {@code spendData.<part>}: rule {@code positive} for {@code
     *     x}, a mean spend or a count that is not above 0 (or not finite)
     */
    public Builder add(int x, double meanSpend, long count) {
      return add(x, meanSpend, count, "row " + rows + ": ");
    }

    private Builder add(int x, double spend, long count, String where) {
      if (x < 1) {
        throw CrmValidationException.of("spendData.repeatPurchases", "positive", x,
            where + "the spend model takes customers with at least one repeat purchase");
      }
      if (!(spend > 0 && Double.isFinite(spend))) {
        throw CrmValidationException.of("spendData.meanSpend", "positive", spend,
            where + "the Gamma-Gamma model needs a mean repeat spend above 0");
      }
      if (count < 1) {
        throw CrmValidationException.of("spendData.customers", "positive", count,
            where + "a row stands for one customer or more");
      }
      if (merge) {
        Key key = new Key(x, spend);
        Integer row = rowByKey.get(key);
        if (row != null) {
          customers[row] = Math.addExact(customers[row], count);
          return this;
        }
        rowByKey.put(key, rows);
      }
      if (rows == repeatPurchases.length) {
        int capacity = rows * 2;
        repeatPurchases = Arrays.copyOf(repeatPurchases, capacity);
        meanSpend = Arrays.copyOf(meanSpend, capacity);
        customers = Arrays.copyOf(customers, capacity);
      }
      repeatPurchases[rows] = x;
      meanSpend[rows] = spend;
      customers[rows] = count;
      rows++;
      return this;
    }

    /** The rows added so far. */
    public SpendData build() {
      return new SpendData(Arrays.copyOf(repeatPurchases, rows), Arrays.copyOf(meanSpend, rows),
          Arrays.copyOf(customers, rows));
    }
  }

  private record Key(int x, double meanSpend) {}
}
