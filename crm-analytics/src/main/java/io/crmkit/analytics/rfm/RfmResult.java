package io.crmkit.analytics.rfm;

import io.crmkit.analytics.transaction.Transactions;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * The RFM of every customer with a purchase on or before the analysis date, by position
 * 0..{@link #size()}-1 in customer-number order: values, scores, segment and the matching row of
 * the segment table, and a summary per segment. Immutable.
 *
 * <p>The {@code int} and {@code double} accessors by position are the fast form for many
 * customers; {@link #customer(int)} and {@link #customers()} give records.
 */
public final class RfmResult {
  private final RfmAnalysis analysis;
  private final Transactions transactions;
  private final RfmValues values;
  private final int[] recency;
  private final int[] frequency;
  private final int[] monetary;
  private final int[] rowOf;

  RfmResult(RfmAnalysis analysis, Transactions transactions, RfmValues values, Binner.Scores scores) {
    this.analysis = analysis;
    this.transactions = transactions;
    this.values = values;
    this.recency = scores.recency();
    this.frequency = scores.frequency();
    this.monetary = scores.monetary();
    this.rowOf = rows(analysis.segments(), recency, frequency, monetary);
  }

  /** The analysis that gave this result. */
  public RfmAnalysis analysis() {
    return analysis;
  }

  /** The number of customers scored. */
  public int size() {
    return recency.length;
  }

  /** The customer number (in the transactions) at a position. */
  public int customerIndex(int position) {
    return values.customerIndex(position);
  }

  /** The customer id at a position. */
  public String customerId(int position) {
    return transactions.customerId(values.customerIndex(position));
  }

  /** The position of a customer, when it was scored. */
  public OptionalInt positionOf(String customerId) {
    OptionalInt index = transactions.customerIndexOf(customerId);
    if (index.isEmpty()) {
      return OptionalInt.empty();
    }
    int low = 0;
    int high = size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int at = values.customerIndex(middle);
      if (at == index.getAsInt()) {
        return OptionalInt.of(middle);
      }
      if (at < index.getAsInt()) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return OptionalInt.empty();
  }

  /** Days from the last purchase to the analysis date. */
  public int recencyDays(int position) {
    return values.recencyDays(position);
  }

  /** Orders or purchase days, as measured. */
  public int frequency(int position) {
    return values.frequency(position);
  }

  /** Total revenue or mean per purchase, as measured. */
  public double monetary(int position) {
    return values.monetary(position);
  }

  /** The customer's orders. */
  public int orders(int position) {
    return values.orders(position);
  }

  /** The customer's total revenue. */
  public double revenue(int position) {
    return values.revenue(position);
  }

  /** The recency score, most recent highest. */
  public int recencyScore(int position) {
    return recency[position];
  }

  /** The frequency score. */
  public int frequencyScore(int position) {
    return frequency[position];
  }

  /** The monetary score. */
  public int monetaryScore(int position) {
    return monetary[position];
  }

  /** The three scores. */
  public RfmScore score(int position) {
    return new RfmScore(recency[position], frequency[position], monetary[position]);
  }

  /** The segment. */
  public String segment(int position) {
    int row = rowOf[position];
    return row < 0 ? analysis.segments().rest() : analysis.segments().rules().get(row).segment();
  }

  /** The row of the segment table that matched; empty for the table's rest. */
  public Optional<SegmentRule> rule(int position) {
    int row = rowOf[position];
    return row < 0 ? Optional.empty() : Optional.of(analysis.segments().rules().get(row));
  }

  /** Everything about the customer at a position. */
  public CustomerRfm customer(int position) {
    return new CustomerRfm(customerId(position), recencyDays(position), frequency(position), monetary(position),
        orders(position), revenue(position), score(position), segment(position), rule(position));
  }

  /** Everything about a customer, when it was scored. */
  public Optional<CustomerRfm> customer(String customerId) {
    OptionalInt position = positionOf(customerId);
    return position.isEmpty() ? Optional.empty() : Optional.of(customer(position.getAsInt()));
  }

  /** Every customer, by position; a view that makes each record when read. */
  public List<CustomerRfm> customers() {
    return new CustomerList();
  }

  /**
   * Customers, orders and revenue per segment, with their shares, in the order of the segment
   * table (then its rest); segments without customers included.
   */
  public List<SegmentSummary> summary() {
    SegmentTable table = analysis.segments();
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, double[]> revenue = new LinkedHashMap<>();
    for (String segment : table.segments()) {
      counts.put(segment, new long[2]);
      revenue.put(segment, new double[1]);
    }
    double totalRevenue = 0;
    for (int position = 0; position < size(); position++) {
      String segment = segment(position);
      long[] count = counts.get(segment);
      count[0]++;
      count[1] += values.orders(position);
      revenue.get(segment)[0] += values.revenue(position);
      totalRevenue += values.revenue(position);
    }
    List<SegmentSummary> summary = new ArrayList<>(counts.size());
    for (Map.Entry<String, long[]> entry : counts.entrySet()) {
      int customers = (int) entry.getValue()[0];
      double segmentRevenue = revenue.get(entry.getKey())[0];
      summary.add(new SegmentSummary(entry.getKey(), customers, entry.getValue()[1], segmentRevenue,
          size() == 0 ? 0 : (double) customers / size(), totalRevenue == 0 ? 0 : segmentRevenue / totalRevenue));
    }
    return List.copyOf(summary);
  }

  @Override
  public String toString() {
    return "RfmResult[" + size() + " customers as of " + analysis.measures().asOf() + ", " + analysis.binning() + "]";
  }

  /** The table row of each customer, through a lookup of every score combination when that is small. */
  private static int[] rows(SegmentTable table, int[] recency, int[] frequency, int[] monetary) {
    int n = recency.length;
    int[] rows = new int[n];
    int maxR = max(recency);
    int maxF = max(frequency);
    int maxM = max(monetary);
    long cells = (long) (maxR + 1) * (maxF + 1) * (maxM + 1);
    if (cells > 4L * n + 1_000) {
      for (int i = 0; i < n; i++) {
        rows[i] = table.rowFor(recency[i], frequency[i], monetary[i]);
      }
      return rows;
    }
    int[] lookup = new int[(int) cells];
    for (int r = 1; r <= maxR; r++) {
      for (int f = 1; f <= maxF; f++) {
        for (int m = 1; m <= maxM; m++) {
          lookup[(r * (maxF + 1) + f) * (maxM + 1) + m] = table.rowFor(r, f, m);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      rows[i] = lookup[(recency[i] * (maxF + 1) + frequency[i]) * (maxM + 1) + monetary[i]];
    }
    return rows;
  }

  private static int max(int[] scores) {
    int max = 1;
    for (int score : scores) {
      max = Math.max(max, score);
    }
    return max;
  }

  private final class CustomerList extends AbstractList<CustomerRfm> implements RandomAccess {
    @Override
    public CustomerRfm get(int index) {
      if (index < 0 || index >= size()) {
        throw new IndexOutOfBoundsException("no customer at " + index + " of " + size());
      }
      return customer(index);
    }

    @Override
    public int size() {
      return RfmResult.this.size();
    }
  }
}
