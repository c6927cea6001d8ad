package io.crmkit.benchmarks;

import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up purchases of an online shop over three years, for RFM and cohorts: the same rows for the
 * same seed and sizes, on any machine.
 *
 * <p>Each customer ({@code C0000000}, {@code C0000001}, ...) arrives on a day drawn evenly from the
 * {@value #DAYS} days from {@link #FIRST_DAY} and makes its first purchase that day; it stays
 * active for a time drawn from an exponential distribution with a mean of {@value #MEAN_LIFETIME_DAYS}
 * days (cut at the last day). Every other row goes to a customer drawn with weight falling with its
 * number (customer {@code c} of {@code n} at {@code n·u^1.7} for an even {@code u}: the first 1% of
 * customers make about 7% of the repeat purchases, as a shop's best customers do), on a day drawn
 * evenly from that customer's active time. Amounts are multiples of 0.25 from 5 to 250: their sums
 * are exact in binary floating point in any order, so that two engines summing in different orders
 * agree to the last bit and put every customer in the same bin. The rows are sorted by day, as an
 * order log is.
 */
public final class SampleTransactions {
  /** The first day of the purchases. */
  public static final LocalDate FIRST_DAY = LocalDate.parse("2023-01-01");

  /** The number of days with purchases: 2023-01-01 to 2025-12-31. */
  public static final int DAYS = 1_096;

  /** The analysis date of the sample: the day after the last purchase. */
  public static final LocalDate AS_OF = FIRST_DAY.plusDays(DAYS);

  /** The mean time a customer stays active, in days. */
  static final int MEAN_LIFETIME_DAYS = 300;

  private SampleTransactions() {}

  /**
   * The purchases of {@code customers} customers in {@code rows} rows.
   *
   * @throws CrmValidationException when there are fewer rows than customers (each buys once at least)
   */
  public static Transactions make(long seed, int rows, int customers) {
    if (customers < 1 || rows < customers) {
      throw CrmValidationException.of("sample.rows", "atLeastOnePerCustomer", rows + "/" + customers,
          "every customer makes a first purchase, so give at least as many rows as customers");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] arrival = new int[customers];
    int[] lastActive = new int[customers];
    for (int c = 0; c < customers; c++) {
      arrival[c] = random.nextInt(DAYS);
      int lifetime = (int) (-MEAN_LIFETIME_DAYS * Math.log(1 - random.nextDouble()));
      lastActive[c] = (int) Math.min(DAYS - 1L, (long) arrival[c] + lifetime);
    }
    int[] customerOf = new int[rows];
    int[] dayOf = new int[rows];
    double[] amountOf = new double[rows];
    int[] rowsPerDay = new int[DAYS];
    for (int row = 0; row < rows; row++) {
      int c;
      int day;
      if (row < customers) {
        c = row;
        day = arrival[c];
      } else {
        c = (int) (customers * Math.pow(random.nextDouble(), 1.7));
        day = arrival[c] + random.nextInt(lastActive[c] - arrival[c] + 1);
      }
      customerOf[row] = c;
      dayOf[row] = day;
      amountOf[row] = (20 + random.nextInt(981)) * 0.25;
      rowsPerDay[day]++;
    }
    // counting sort by day, stable
    int[] start = new int[DAYS + 1];
    for (int d = 0; d < DAYS; d++) {
      start[d + 1] = start[d] + rowsPerDay[d];
    }
    int[] sortedCustomer = new int[rows];
    int[] sortedDay = new int[rows];
    double[] sortedAmount = new double[rows];
    int firstEpochDay = (int) FIRST_DAY.toEpochDay();
    for (int row = 0; row < rows; row++) {
      int at = start[dayOf[row]]++;
      sortedCustomer[at] = customerOf[row];
      sortedDay[at] = firstEpochDay + dayOf[row];
      sortedAmount[at] = amountOf[row];
    }
    return Transactions.ofColumns(ids(customers), sortedCustomer, sortedDay, sortedAmount);
  }

  /** The id of a customer number: {@code C0000042}. */
  static String id(int customer) {
    return String.format(Locale.ROOT, "C%07d", customer);
  }

  private static List<String> ids(int customers) {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return id(index);
      }

      @Override
      public int size() {
        return customers;
      }
    };
  }
}
