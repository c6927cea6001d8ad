package io.crmkit.analytics.clv.bgbb;

import io.crmkit.core.CrmValidationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The input of the BG/BB model: rows of {@code (x, t_x, n, customers)}, one per customer or one per
 * group of customers with the same history (the recency/frequency matrix). A fit gives the same model
 * for either form.
 *
 * <p>Immutable; rows are read by index.
 */
public final class OpportunityData {
  private final int[] transactions;
  private final int[] recency;
  private final int[] opportunities;
  private final long[] customers;
  private final long customerCount;

  private OpportunityData(int[] transactions, int[] recency, int[] opportunities, long[] customers) {
    this.transactions = transactions;
    this.recency = recency;
    this.opportunities = opportunities;
    this.customers = customers;
    long total = 0;
    for (long count : customers) {
      total += count;
    }
    this.customerCount = total;
  }

  /** A builder that keeps one row per call ({@code merge = false}) or merges equal histories. */
  public static Builder builder(boolean merge) {
    return new Builder(merge);
  }

  /**
   * Rows from ready-made columns, such as a recency/frequency matrix read from a file; counts come as
   * numbers and must be whole.
   *
   * @throws CrmValidationException naming {@code opportunityData.<column>} and the row: columns of
   *     unequal length ({@code equalLength}), a value that is not whole ({@code wholeNumber}), a count
   *     below 1 ({@code positive}) or a history that {@link OpportunityHistory} refuses (same rules)
   */
  public static OpportunityData ofColumns(double[] transactions, double[] recency, double[] opportunities,
      double[] customers) {
    CrmValidationException.required("opportunityData.transactions", transactions);
    CrmValidationException.required("opportunityData.recency", recency);
    CrmValidationException.required("opportunityData.opportunities", opportunities);
    CrmValidationException.required("opportunityData.customers", customers);
    int n = transactions.length;
    if (recency.length != n || opportunities.length != n || customers.length != n) {
      throw CrmValidationException.of("opportunityData", "equalLength",
          n + "/" + recency.length + "/" + opportunities.length + "/" + customers.length,
          "transactions, recency, opportunities and customers need one entry per row");
    }
    Builder builder = builder(false);
    for (int row = 0; row < n; row++) {
      builder.add(whole("transactions", transactions[row], row), whole("recency", recency[row], row),
          whole("opportunities", opportunities[row], row), whole("customers", customers[row], row));
    }
    return builder.build();
  }

  private static int whole(String column, double value, int row) {
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw CrmValidationException.of("opportunityData." + column, "wholeNumber", value,
          "row " + row + ": " + column + " are counted and must be a whole number");
    }
    return (int) value;
  }

  /** The number of rows. */
  public int size() {
    return transactions.length;
  }

  /** A row's transactions {@code x}. */
  public int transactions(int row) {
    return transactions[row];
  }

  /** A row's recency {@code t_x}. */
  public int recency(int row) {
    return recency[row];
  }

  /** A row's opportunities {@code n}. */
  public int opportunities(int row) {
    return opportunities[row];
  }

  /** The customers a row stands for. */
  public long customers(int row) {
    return customers[row];
  }

  /** The customers in all rows. */
  public long customerCount() {
    return customerCount;
  }

  /** A row as a history. */
  public OpportunityHistory history(int row) {
    return new OpportunityHistory(transactions[row], recency[row], opportunities[row]);
  }

  /** The rows merged by identical history. */
  public OpportunityData grouped() {
    Builder builder = builder(true);
    for (int row = 0; row < size(); row++) {
      builder.add(transactions[row], recency[row], opportunities[row], customers[row]);
    }
    return builder.build();
  }

  /** One row per customer: each row repeated as often as the customers it stands for. */
  public OpportunityData expanded() {
    Builder builder = builder(false);
    for (int row = 0; row < size(); row++) {
      for (long c = 0; c < customers[row]; c++) {
        builder.add(transactions[row], recency[row], opportunities[row], 1);
      }
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "OpportunityData[" + size() + " rows of " + customerCount + " customers]";
  }

  /** Takes rows one by one. Not thread-safe. */
  public static final class Builder {
    private final boolean merge;
    private final Map<Key, Integer> rowByKey = new HashMap<>();
    private int[] transactions = new int[16];
    private int[] recency = new int[16];
    private int[] opportunities = new int[16];
    private long[] customers = new long[16];
    private int rows;

    private Builder(boolean merge) {
      this.merge = merge;
    }

    /**
     * Adds {@code count} customers with the history {@code (x, t_x, n)}.
     *
     * @throws CrmValidationException with the rules of {@link OpportunityHistory} (naming {@code
     *     opportunityData.<part>}) or {@code positive} for a count below 1
     */
    public Builder add(int x, int tx, int n, long count) {
      String where = "row " + rows + ": ";
      OpportunityHistory.check("opportunityData", x, tx, n, where);
      if (count < 1) {
        throw CrmValidationException.of("opportunityData.customers", "positive", count,
            where + "a row stands for one customer or more");
      }
      if (merge) {
        Key key = new Key(x, tx, n);
        Integer row = rowByKey.get(key);
        if (row != null) {
          customers[row] = Math.addExact(customers[row], count);
          return this;
        }
        rowByKey.put(key, rows);
      }
      if (rows == transactions.length) {
        int capacity = rows * 2;
        transactions = Arrays.copyOf(transactions, capacity);
        recency = Arrays.copyOf(recency, capacity);
        opportunities = Arrays.copyOf(opportunities, capacity);
        customers = Arrays.copyOf(customers, capacity);
      }
      transactions[rows] = x;
      recency[rows] = tx;
      opportunities[rows] = n;
      customers[rows] = count;
      rows++;
      return this;
    }

    /** Adds one customer's history. */
    public Builder add(OpportunityHistory history, long count) {
      CrmValidationException.required("opportunityHistory", history);
      return add(history.transactions(), history.recency(), history.opportunities(), count);
    }

    /** The rows added so far. */
    public OpportunityData build() {
      return new OpportunityData(Arrays.copyOf(transactions, rows), Arrays.copyOf(recency, rows),
          Arrays.copyOf(opportunities, rows), Arrays.copyOf(customers, rows));
    }
  }

  private record Key(int transactions, int recency, int opportunities) {}
}
