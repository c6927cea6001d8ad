package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;
import java.util.Arrays;

/**
 * Customers grouped by identical history: rows of {@code (x, t_x, T, customers)}, the compressed form
 * of {@link CustomerSummaries} (Fader and Hardie fit CDNOW this way). Fits read it faster and give
 * the same model as on the expanded rows.
 *
 * <p>Immutable; rows are read by index.
 */
public final class PurchaseGroups extends PurchaseRows implements PurchaseData {
  private final long[] customers;
  private final long customerCount;

  private PurchaseGroups(ModelTimeUnit unit, Columns columns, long[] customers) {
    super(unit, columns);
    this.customers = customers;
    long total = 0;
    for (long count : customers) {
      total += count;
    }
    this.customerCount = total;
  }

  /** A builder of groups in {@code unit}; rows with the same history are merged. */
  public static Builder builder(ModelTimeUnit unit) {
    return new Builder(CrmValidationException.required("purchaseGroups.unit", unit));
  }

  /**
   * Groups from ready-made columns; repeat purchases and counts come as numbers and must be whole.
   *
   * @throws CrmValidationException naming {@code purchaseGroups.<column>} and the row: columns of
   *     unequal length ({@code equalLength}), repeat purchases or counts that are not whole ({@code
   *     wholeNumber}), a count below 1 ({@code positive}), or a history that {@link PurchaseHistory}
   *     refuses (same rules)
   */
  public static PurchaseGroups ofColumns(
      ModelTimeUnit unit, double[] repeatPurchases, double[] recency, double[] age, double[] customers) {
    requireColumns("purchaseGroups", repeatPurchases, recency, age);
    CrmValidationException.required("purchaseGroups.customers", customers);
    int n = repeatPurchases.length;
    if (recency.length != n || age.length != n || customers.length != n) {
      throw CrmValidationException.of("purchaseGroups", "equalLength",
          n + "/" + recency.length + "/" + age.length + "/" + customers.length,
          "repeat purchases, recency, age and customers need one entry per group");
    }
    Builder builder = builder(unit);
    for (int row = 0; row < n; row++) {
      int x = wholeRepeatPurchases("purchaseGroups", repeatPurchases[row], row);
      double count = customers[row];
      if (count != Math.rint(count) || count > Long.MAX_VALUE) {
        throw CrmValidationException.of("purchaseGroups.customers", "wholeNumber", count,
            "row " + row + ": a group counts customers and must be a whole number");
      }
      builder.add(x, recency[row], age[row], (long) count);
    }
    return builder.build();
  }

  @Override
  public long customers(int row) {
    return customers[row];
  }

  @Override
  public long customerCount() {
    return customerCount;
  }

  @Override
  public String toString() {
    return "PurchaseGroups[" + size() + " groups of " + customerCount + " customers, in " + unit().label() + "s]";
  }

  /** Takes groups one by one, merging equal histories. Not thread-safe. */
  public static final class Builder {
    private final ModelTimeUnit unit;
    /** Open addressing on the rows: slot -> row + 1 (0 empty), so that grouping a million rows boxes nothing. */
    private int[] slots = new int[64];
    private final Columns columns = new Columns();
    private long[] customers = new long[16];

    private Builder(ModelTimeUnit unit) {
      this.unit = unit;
    }

    /**
     * Adds {@code count} customers with the history {@code (x, t_x, T)}.
     *
     * @throws CrmValidationException naming {@code purchaseGroups.<part>}: the rules of {@link
     *     PurchaseHistory}, or {@code positive} for a count below 1
     */
    public Builder add(int x, double tx, double T, long count) {
      int rows = columns.rows;
      PurchaseHistory.check("purchaseGroups", x, tx, T, "group", rows);
      if (count < 1) {
        throw CrmValidationException.of("purchaseGroups.customers", "positive", count,
            "group " + rows + ": a group stands for one customer or more");
      }
      double recencyValue = tx + 0.0;
      double ageValue = T + 0.0;
      int mask = slots.length - 1;
      int slot = hash(x, recencyValue, ageValue) & mask;
      while (slots[slot] != 0) {
        int row = slots[slot] - 1;
        if (columns.repeatPurchases[row] == x && columns.recency[row] == recencyValue && columns.age[row] == ageValue) {
          customers[row] = Math.addExact(customers[row], count);
          return this;
        }
        slot = (slot + 1) & mask;
      }
      if (columns.full()) {
        customers = Arrays.copyOf(customers, columns.grow());
      }
      slots[slot] = rows + 1;
      customers[rows] = count;
      columns.append(x, recencyValue, ageValue);
      if (2 * columns.rows > slots.length) {
        rehash();
      }
      return this;
    }

    private void rehash() {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int row = 0; row < columns.rows; row++) {
        int slot = hash(columns.repeatPurchases[row], columns.recency[row], columns.age[row]) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = row + 1;
      }
    }

    private static int hash(int x, double recency, double age) {
      long h = x * 0x9E3779B97F4A7C15L;
      h = (h ^ Double.doubleToLongBits(recency)) * 0xC2B2AE3D27D4EB4FL;
      h = (h ^ Double.doubleToLongBits(age)) * 0x165667B19E3779F9L;
      return (int) (h ^ (h >>> 32));
    }

    /** Adds one customer's history; its unit must be the builder's. */
    public Builder add(PurchaseHistory history, long count) {
      CrmValidationException.required("purchaseHistory", history);
      Units.requireSame("purchaseHistory", unit, history.unit());
      return add(history.repeatPurchases(), history.recency(), history.age(), count);
    }

    /** The groups added so far. */
    public PurchaseGroups build() {
      return new PurchaseGroups(unit, columns, Arrays.copyOf(customers, columns.rows));
    }
  }

}
