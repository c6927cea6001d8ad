package io.crmkit.analytics.clv.summary;

import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each customer's distinct purchase days with the amount bought on each: purchases on the same day
 * merged, the form every CLV summary is made from.
 *
 * <p>A mergeable accumulator: {@link #of(Transactions, int, int)} reads a chunk of rows, {@link
 * #combine} merges two chunks (same-day amounts added), and any split of the rows combined in order
 * equals one pass. Customers are kept in order of first appearance. Immutable.
 */
public final class PurchaseDays {
  private final String[] customerIds;
  private final int[][] days;
  private final double[][] amounts;

  private PurchaseDays(String[] customerIds, int[][] days, double[][] amounts) {
    this.customerIds = customerIds;
    this.days = days;
    this.amounts = amounts;
  }

  /** No customers: the identity of {@link #combine}. */
  public static PurchaseDays empty() {
    return new PurchaseDays(new String[0], new int[0][], new double[0][]);
  }

  /** Every row of {@code transactions}, in one pass. */
  public static PurchaseDays of(Transactions transactions) {
    CrmValidationException.required("transactions", transactions);
    return of(transactions, 0, transactions.size());
  }

  /**
   * The rows {@code fromRow} (inclusive) to {@code toRow} (exclusive) of {@code transactions}.
   *
   * @throws CrmValidationException when the range is not within the table ({@code rows}, rule {@code range})
   */
  public static PurchaseDays of(Transactions transactions, int fromRow, int toRow) {
    CrmValidationException.required("transactions", transactions);
    if (fromRow < 0 || toRow > transactions.size() || fromRow > toRow) {
      throw CrmValidationException.of("rows", "range", fromRow + ".." + toRow,
          "a range of rows within 0.." + transactions.size());
    }
    int customers = transactions.customerCount();
    int[] local = new int[customers];
    Arrays.fill(local, -1);
    List<Integer> order = new ArrayList<>();
    int[] counts = new int[customers];
    for (int row = fromRow; row < toRow; row++) {
      int customer = transactions.customerIndex(row);
      if (local[customer] < 0) {
        local[customer] = order.size();
        order.add(customer);
      }
      counts[local[customer]]++;
    }
    int n = order.size();
    long[][] keyed = new long[n][];
    double[][] rowAmounts = new double[n][];
    int[] filled = new int[n];
    for (int c = 0; c < n; c++) {
      keyed[c] = new long[counts[c]];
      rowAmounts[c] = new double[counts[c]];
    }
    for (int row = fromRow; row < toRow; row++) {
      int c = local[transactions.customerIndex(row)];
      // Sort by day, keeping row order within a day: (day, position) packed in one long.
      keyed[c][filled[c]] = ((long) transactions.epochDay(row) << 32) | filled[c];
      rowAmounts[c][filled[c]] = transactions.amount(row);
      filled[c]++;
    }
    String[] ids = new String[n];
    int[][] customerDays = new int[n][];
    double[][] customerAmounts = new double[n][];
    for (int c = 0; c < n; c++) {
      ids[c] = transactions.customerId(order.get(c));
      long[] keys = keyed[c];
      Arrays.sort(keys);
      int[] dayList = new int[keys.length];
      double[] amountList = new double[keys.length];
      int distinct = 0;
      for (long key : keys) {
        int day = (int) (key >> 32);
        double amount = rowAmounts[c][(int) (key & 0xffffffffL)];
        if (distinct > 0 && dayList[distinct - 1] == day) {
          amountList[distinct - 1] += amount;
        } else {
          dayList[distinct] = day;
          amountList[distinct] = amount;
          distinct++;
        }
      }
      customerDays[c] = Arrays.copyOf(dayList, distinct);
      customerAmounts[c] = Arrays.copyOf(amountList, distinct);
    }
    return new PurchaseDays(ids, customerDays, customerAmounts);
  }

  /**
   * These purchase days and {@code later}'s: customers of this first, then those new in {@code later};
   * a day both have counts once with the amounts added (this one's first).
   */
  public PurchaseDays combine(PurchaseDays later) {
    CrmValidationException.required("later", later);
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < customerIds.length; c++) {
      index.put(customerIds[c], c);
    }
    List<String> ids = new ArrayList<>(Arrays.asList(customerIds));
    List<int[]> mergedDays = new ArrayList<>(Arrays.asList(days));
    List<double[]> mergedAmounts = new ArrayList<>(Arrays.asList(amounts));
    for (int c = 0; c < later.customerIds.length; c++) {
      Integer mine = index.get(later.customerIds[c]);
      if (mine == null) {
        ids.add(later.customerIds[c]);
        mergedDays.add(later.days[c]);
        mergedAmounts.add(later.amounts[c]);
      } else {
        merge(mine, days[mine], amounts[mine], later.days[c], later.amounts[c], mergedDays, mergedAmounts);
      }
    }
    return new PurchaseDays(ids.toArray(String[]::new), mergedDays.toArray(int[][]::new),
        mergedAmounts.toArray(double[][]::new));
  }

  private static void merge(int at, int[] aDays, double[] aAmounts, int[] bDays, double[] bAmounts,
      List<int[]> outDays, List<double[]> outAmounts) {
    int[] mergedDays = new int[aDays.length + bDays.length];
    double[] mergedAmounts = new double[mergedDays.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < aDays.length || j < bDays.length) {
      if (j == bDays.length || (i < aDays.length && aDays[i] < bDays[j])) {
        mergedDays[k] = aDays[i];
        mergedAmounts[k++] = aAmounts[i++];
      } else if (i == aDays.length || bDays[j] < aDays[i]) {
        mergedDays[k] = bDays[j];
        mergedAmounts[k++] = bAmounts[j++];
      } else {
        mergedDays[k] = aDays[i];
        mergedAmounts[k++] = aAmounts[i++] + bAmounts[j++];
      }
    }
    outDays.set(at, Arrays.copyOf(mergedDays, k));
    outAmounts.set(at, Arrays.copyOf(mergedAmounts, k));
  }

  /** The number of customers. */
  public int customerCount() {
    return customerIds.length;
  }

  /** A customer's id, by position (order of first appearance). */
  public String customerId(int customer) {
    return customerIds[customer];
  }

  /** A customer's distinct purchase days, ascending, as epoch days. */
  public int[] days(int customer) {
    return days[customer].clone();
  }

  /** A customer's amount per purchase day, aligned with {@link #days(int)}. */
  public double[] amounts(int customer) {
    return amounts[customer].clone();
  }

  /**
   * The customers' summaries at the end of a calibration period: customers whose first purchase is on
   * or before {@code calibrationEnd}, purchases on or before it (the end is inclusive).
   *
   * <ul>
   *   <li>{@code x} = distinct purchase days - 1
   *   <li>{@code t_x} = last purchase day - first, in {@code unit}
   *   <li>{@code T} = calibration end - first purchase day, in {@code unit}
   *   <li>mean repeat spend = the mean amount of the purchase days after the first (0 when {@code x = 0})
   * </ul>
   */
  public CustomerSummaries summaries(LocalDate calibrationEnd, ModelTimeUnit unit) {
    CrmValidationException.required("calibrationEnd", calibrationEnd);
    CrmValidationException.required("unit", unit);
    long end = calibrationEnd.toEpochDay();
    CustomerSummaries.Builder builder = CustomerSummaries.builder(unit);
    for (int c = 0; c < customerIds.length; c++) {
      int[] customerDays = days[c];
      if (customerDays[0] > end) {
        continue;
      }
      int last = 0;
      double repeatSpend = 0.0;
      for (int d = 1; d < customerDays.length && customerDays[d] <= end; d++) {
        last = d;
        repeatSpend += amounts[c][d];
      }
      int first = customerDays[0];
      builder.add(customerIds[c], last, unit.fromDays(customerDays[last] - first), unit.fromDays(end - first),
          last == 0 ? 0.0 : repeatSpend / last);
    }
    return builder.build();
  }

  /**
   * Summaries at the end of a calibration period and the repeat purchases of the holdout after it.
   *
   * @param calibrationEnd the last day of the calibration period (inclusive)
   * @param holdoutEnd the last day of the holdout period (inclusive), after {@code calibrationEnd}
   * @throws CrmValidationException when the holdout does not end after the calibration ({@code
   *     holdoutEnd}, rule {@code afterCalibrationEnd})
   */
  public CalibrationHoldout calibrationHoldout(LocalDate calibrationEnd, LocalDate holdoutEnd, ModelTimeUnit unit) {
    return CalibrationHoldout.of(this, calibrationEnd, holdoutEnd, unit);
  }

  int[] daysOf(int customer) {
    return days[customer];
  }

  @Override
  public String toString() {
    return "PurchaseDays[" + customerIds.length + " customers]";
  }
}
