package io.crmkit.analytics.rfm;

import io.crmkit.analytics.transaction.Accumulation;
import io.crmkit.analytics.transaction.TransactionAccumulator;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The per-customer state of RFM, folded from rows and mergeable: for each customer number the last
 * purchase day on or before the analysis date, the rows and orders counted, the revenue and, when
 * frequency counts days, the distinct purchase days. Rows after the analysis date are skipped.
 *
 * <p>Any split of a table's rows, each range added to its own accumulator and the accumulators
 * combined, gives the values of one pass over all rows. Revenue is a floating-point sum, so it is
 * exact in any order only while the amounts and their sums are exactly representable (whole cents
 * are not: another split may then differ in the last bit).
 *
 * <pre>{@code
 * RfmAccumulator january = RfmAccumulator.of(measures).add(purchases, 0, 50_000);
 * RfmAccumulator february = RfmAccumulator.of(measures).add(purchases, 50_000, purchases.size());
 * RfmValues values = january.combine(february).values();
 * }</pre>
 */
public final class RfmAccumulator implements TransactionAccumulator<RfmAccumulator> {
  private static final long LOW_INT = 0xFFFF_FFFFL;

  private final RfmMeasures measures;
  private final int asOfDay;
  /**
   * Two longs per customer, side by side so that a row touches one cache line: {@code [2c]} holds
   * the rows counted (high 32 bits) and the last purchase day (low 32 bits, meaningless while no row
   * is counted); {@code [2c + 1]} the revenue's bits ({@link Double#doubleToRawLongBits}).
   */
  private long[] state = new long[0];
  /** Rows with an order id, per customer; allocated when the first such row comes. */
  private int[] rowsWithOrderId = new int[0];
  private final DistinctPerCustomer distinct = new DistinctPerCustomer();
  private int customers;

  private RfmAccumulator(RfmMeasures measures) {
    this.measures = CrmValidationException.required("rfm.measures", measures);
    this.asOfDay = (int) measures.asOf().toEpochDay();
  }

  /** An empty accumulator for these measures. */
  public static RfmAccumulator of(RfmMeasures measures) {
    return new RfmAccumulator(measures);
  }

  /** What this accumulator measures. */
  public RfmMeasures measures() {
    return measures;
  }

  /**
   * Folds rows {@code fromRow} to {@code toRow} (exclusive) in; rows after the analysis date are
   * skipped.
   */
  @Override
  public RfmAccumulator add(Transactions transactions, int fromRow, int toRow) {
    Accumulation.requireRows(transactions, fromRow, toRow);
    ensureCustomers(transactions.customerCount());
    boolean days = measures.frequency() == FrequencyMeasure.PURCHASE_DAYS;
    int customerCount = transactions.customerCount();
    int asOf = asOfDay;
    long[] s = state;
    for (int row = fromRow; row < toRow; row++) {
      int day = transactions.epochDay(row);
      if (day > asOf) {
        continue;
      }
      int customer = transactions.customerIndex(row);
      s[2 * customer] = counted(s[2 * customer], 1, day);
      s[2 * customer + 1] = Double.doubleToRawLongBits(
          Double.longBitsToDouble(s[2 * customer + 1]) + transactions.amount(row));
      Optional<String> orderId = transactions.orderId(row);
      if (orderId.isPresent()) {
        if (rowsWithOrderId.length < customers) {
          rowsWithOrderId = Arrays.copyOf(rowsWithOrderId, state.length / 2);
        }
        rowsWithOrderId[customer]++;
        distinct.addOrderId(customer, orderId.get(), customerCount);
      }
      if (days) {
        distinct.addDay(customer, day, customerCount);
      }
    }
    return this;
  }

  /**
   * Folds another accumulator's state in.
   *
   * @throws CrmValidationException when the other one measures something else
   */
  @Override
  public RfmAccumulator combine(RfmAccumulator other) {
    CrmValidationException.required("other", other);
    if (!other.measures.equals(measures)) {
      throw CrmValidationException.of("rfm.measures", "same", other.measures,
          "only accumulators of the same measures combine; this one measures " + measures);
    }
    ensureCustomers(other.customers);
    long[] mine = state;
    long[] theirs = other.state;
    for (int customer = 0; customer < other.customers; customer++) {
      long counts = theirs[2 * customer];
      int rows = (int) (counts >>> 32);
      if (rows == 0) {
        continue;
      }
      mine[2 * customer] = counted(mine[2 * customer], rows, (int) counts);
      mine[2 * customer + 1] = Double.doubleToRawLongBits(
          Double.longBitsToDouble(mine[2 * customer + 1]) + Double.longBitsToDouble(theirs[2 * customer + 1]));
      if (customer < other.rowsWithOrderId.length && other.rowsWithOrderId[customer] > 0) {
        if (rowsWithOrderId.length < customers) {
          rowsWithOrderId = Arrays.copyOf(rowsWithOrderId, state.length / 2);
        }
        rowsWithOrderId[customer] += other.rowsWithOrderId[customer];
      }
    }
    distinct.addAll(other.distinct);
    return this;
  }

  /** The packed count and last day after adding {@code rows} rows whose last day is {@code day}. */
  private static long counted(long packed, int rows, int day) {
    int before = (int) (packed >>> 32);
    int last = before == 0 ? day : Math.max((int) packed, day);
    return ((long) (before + rows) << 32) | (last & LOW_INT);
  }

  /**
   * The values of every customer with a purchase on or before the analysis date, in customer-number
   * order.
   */
  public RfmValues values() {
    int scored = 0;
    for (int customer = 0; customer < customers; customer++) {
      if (rowsOf(customer) > 0) {
        scored++;
      }
    }
    int[] customerOf = new int[scored];
    int[] recency = new int[scored];
    int[] frequency = new int[scored];
    int[] orders = new int[scored];
    double[] total = new double[scored];
    double[] monetary = new double[scored];
    int k = 0;
    for (int customer = 0; customer < customers; customer++) {
      int rows = rowsOf(customer);
      if (rows == 0) {
        continue;
      }
      double revenue = Double.longBitsToDouble(state[2 * customer + 1]);
      int withOrderId = customer < rowsWithOrderId.length ? rowsWithOrderId[customer] : 0;
      int orderCount = rows - withOrderId + distinct.distinctOrderIds(customer);
      int counted = measures.frequency() == FrequencyMeasure.ORDERS ? orderCount : distinct.distinctDays(customer);
      customerOf[k] = customer;
      recency[k] = asOfDay - (int) state[2 * customer];
      frequency[k] = counted;
      orders[k] = orderCount;
      total[k] = revenue;
      monetary[k] = measures.monetary() == MonetaryMeasure.TOTAL ? revenue : revenue / counted;
      k++;
    }
    return new RfmValues(measures, customerOf, recency, frequency, orders, total, monetary);
  }

  private int rowsOf(int customer) {
    return (int) (state[2 * customer] >>> 32);
  }

  private void ensureCustomers(int needed) {
    int capacity = state.length / 2;
    if (needed > capacity) {
      int grown = Math.max(needed, capacity + (capacity >> 1));
      state = Arrays.copyOf(state, 2 * grown);
      if (rowsWithOrderId.length > 0) {
        rowsWithOrderId = Arrays.copyOf(rowsWithOrderId, grown);
      }
    }
    customers = Math.max(customers, needed);
  }
}
