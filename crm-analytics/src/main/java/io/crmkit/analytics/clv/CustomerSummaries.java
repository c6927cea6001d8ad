package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-customer summaries as columns: id, repeat purchases {@code x}, recency {@code t_x}, age
 * {@code T} and mean repeat spend, all times in one unit. The input of every non-contractual model
 * and of the Gamma-Gamma spend model.
 *
 * <p>Immutable; rows are read by index and no array leaves the table.
 */
public final class CustomerSummaries extends PurchaseRows implements PurchaseData {
  private final String[] ids;
  private final double[] meanRepeatSpend;

  private CustomerSummaries(ModelTimeUnit unit, Columns columns, String[] ids, double[] meanRepeatSpend) {
    super(unit, columns);
    this.ids = ids;
    this.meanRepeatSpend = meanRepeatSpend;
  }

  /** A builder of summaries in {@code unit}. */
  public static Builder builder(ModelTimeUnit unit) {
    return new Builder(CrmValidationException.required("customerSummaries.unit", unit));
  }

  /**
   * Summaries from ready-made columns, such as a summary file read by a host; repeat purchases come
   * as numbers and must be whole.
   *
   * @throws CrmValidationException naming {@code customerSummaries.<column>} and the row: columns of
   *     unequal length ({@code equalLength}), a blank or repeated id ({@code required}, {@code unique}),
   *     repeat purchases that are not whole ({@code wholeNumber}), a spend that is not finite ({@code
   *     finite}), or a history that {@link PurchaseHistory} refuses (same rules)
   */
  public static CustomerSummaries ofColumns(
      ModelTimeUnit unit, List<String> ids, double[] repeatPurchases, double[] recency, double[] age,
      double[] meanRepeatSpend) {
    CrmValidationException.required("customerSummaries.ids", ids);
    requireColumns("customerSummaries", repeatPurchases, recency, age);
    CrmValidationException.required("customerSummaries.meanRepeatSpend", meanRepeatSpend);
    int n = ids.size();
    if (repeatPurchases.length != n || recency.length != n || age.length != n || meanRepeatSpend.length != n) {
      throw CrmValidationException.of("customerSummaries", "equalLength",
          n + "/" + repeatPurchases.length + "/" + recency.length + "/" + age.length + "/" + meanRepeatSpend.length,
          "ids, repeat purchases, recency, age and spend need one entry per customer");
    }
    Builder builder = builder(unit);
    for (int row = 0; row < n; row++) {
      int x = wholeRepeatPurchases("customerSummaries", repeatPurchases[row], row);
      builder.add(ids.get(row), x, recency[row], age[row], meanRepeatSpend[row]);
    }
    return builder.build();
  }

  /** Always 1: each row is one customer. */
  @Override
  public long customers(int row) {
    return 1;
  }

  @Override
  public long customerCount() {
    return ids.length;
  }

  /** A row's customer id. */
  public String customerId(int row) {
    return ids[row];
  }

  /** A row's mean spend per repeat purchase (per repeat purchase day), 0 without repeat purchases. */
  public double meanRepeatSpend(int row) {
    return meanRepeatSpend[row];
  }

  /** A row as a summary. */
  public CustomerSummary summary(int row) {
    return new CustomerSummary(ids[row], history(row), meanRepeatSpend[row]);
  }

  /** The summaries as a list, in row order. */
  public List<CustomerSummary> toList() {
    CustomerSummary[] all = new CustomerSummary[ids.length];
    for (int row = 0; row < ids.length; row++) {
      all[row] = summary(row);
    }
    return List.of(all);
  }

  /**
   * The rows grouped by identical {@code (x, t_x, T)}, in order of first appearance: the compressed
   * form a fit reads faster and that gives the same model.
   */
  public PurchaseGroups groups() {
    PurchaseGroups.Builder builder = PurchaseGroups.builder(unit());
    for (int row = 0; row < ids.length; row++) {
      builder.add(repeatPurchases(row), recency(row), age(row), 1);
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "CustomerSummaries[" + ids.length + " customers, in " + unit().label() + "s]";
  }

  /** Takes summaries one by one. Not thread-safe. */
  public static final class Builder {
    private final ModelTimeUnit unit;
    private final Map<String, Integer> rowById = new HashMap<>();
    private final Columns columns = new Columns();
    private String[] ids = new String[16];
    private double[] spend = new double[16];

    private Builder(ModelTimeUnit unit) {
      this.unit = unit;
    }

    /**
     * Adds a customer.
     *
     * @throws CrmValidationException naming {@code customerSummaries.<part>} and the row, with the rules
     *     of {@link PurchaseHistory}, {@code required} or {@code unique} for the id and {@code finite}
     *     for the spend
     */
    public Builder add(String customerId, int x, double tx, double T, double meanRepeatSpend) {
      int rows = columns.rows;
      if (customerId == null || customerId.isBlank()) {
        throw CrmValidationException.of("customerSummaries.customerId", "required", customerId,
            "row " + rows + ": an id is needed");
      }
      String id = customerId.strip();
      PurchaseHistory.check("customerSummaries", x, tx, T, "row", rows);
      if (!Double.isFinite(meanRepeatSpend)) {
        throw CrmValidationException.of("customerSummaries.meanRepeatSpend", "finite", meanRepeatSpend,
            "row " + rows + ": the mean repeat spend must be a finite number");
      }
      Integer earlier = rowById.putIfAbsent(id, rows);
      if (earlier != null) {
        throw CrmValidationException.of("customerSummaries.customerId", "unique", id,
            "row " + rows + ": repeats the customer of row " + earlier);
      }
      if (columns.full()) {
        int capacity = columns.grow();
        ids = Arrays.copyOf(ids, capacity);
        spend = Arrays.copyOf(spend, capacity);
      }
      ids[rows] = id;
      spend[rows] = meanRepeatSpend;
      columns.append(x, tx, T);
      return this;
    }

    /**
     * Adds a customer summary.
     *
     * @throws CrmValidationException when its unit is not the builder's ({@code customerSummary.unit},
     *     rule {@code sameUnit}) or its id repeats one added before
     */
    public Builder add(CustomerSummary summary) {
      CrmValidationException.required("customerSummary", summary);
      Units.requireSame("customerSummary", unit, summary.history().unit());
      PurchaseHistory history = summary.history();
      return add(summary.customerId(), history.repeatPurchases(), history.recency(), history.age(),
          summary.meanRepeatSpend());
    }

    /** The summaries added so far. */
    public CustomerSummaries build() {
      int rows = columns.rows;
      return new CustomerSummaries(unit, columns, Arrays.copyOf(ids, rows), Arrays.copyOf(spend, rows));
    }
  }
}
