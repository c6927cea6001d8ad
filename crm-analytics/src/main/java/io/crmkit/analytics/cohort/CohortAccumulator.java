package io.crmkit.analytics.cohort;

import io.crmkit.analytics.transaction.Accumulation;
import io.crmkit.analytics.transaction.TransactionAccumulator;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The per-customer activity behind cohorts, folded from rows and mergeable: for each customer
 * number, the set of periods (within a window of days fixed when it is made) in which it bought
 * anything. A customer's cohort is its first active period. Merging is a union of sets, so any split
 * of the rows, merged in any order, gives the one-pass state exactly.
 *
 * <p>Memory: one bit per customer and period of the window, in 64-bit words: 8 bytes per customer
 * for up to 64 periods (five years of months), 144 bytes for three years of days.
 */
public final class CohortAccumulator implements TransactionAccumulator<CohortAccumulator> {
  /** The longest window, in days (a little over 400 years). */
  static final int MAX_WINDOW_DAYS = 150_000;

  private final CohortPeriod period;
  private final int firstDay;
  private final int lastDay;
  private final int firstPeriod;
  private final int periods;
  private final int words;
  private final int[] periodOfDay;
  private long[] active = new long[0];
  private int customers;

  private CohortAccumulator(CohortPeriod period, LocalDate firstDay, LocalDate lastDay) {
    this.period = CrmValidationException.required("cohort.period", period);
    CrmValidationException.required("cohort.firstDay", firstDay);
    CrmValidationException.required("cohort.lastDay", lastDay);
    long days = lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
    if (days < 1) {
      throw CrmValidationException.of("cohort.lastDay", "notBeforeFirstDay", lastDay,
          "the window ends on or after its first day " + firstDay);
    }
    if (days > MAX_WINDOW_DAYS) {
      throw CrmValidationException.of("cohort.lastDay", "windowTooLong", lastDay,
          "a window spans at most " + MAX_WINDOW_DAYS + " days");
    }
    this.firstDay = (int) firstDay.toEpochDay();
    this.lastDay = (int) lastDay.toEpochDay();
    this.firstPeriod = period.index(this.firstDay);
    this.periods = period.index(this.lastDay) - firstPeriod + 1;
    this.words = (periods + 63) >>> 6;
    this.periodOfDay = new int[(int) days];
    for (int d = 0; d < days; d++) {
      periodOfDay[d] = period.index(this.firstDay + d) - firstPeriod;
    }
  }

  /**
   * An empty accumulator counting in {@code period}s, for rows from {@code firstDay} to {@code
   * lastDay} (both included).
   *
   * @throws CrmValidationException when the window ends before it starts or spans more than 150,000
   *     days
   */
  public static CohortAccumulator over(CohortPeriod period, LocalDate firstDay, LocalDate lastDay) {
    return new CohortAccumulator(period, firstDay, lastDay);
  }

  /** The period counted in. */
  public CohortPeriod period() {
    return period;
  }

  /** The first day of the window. */
  public LocalDate firstDay() {
    return LocalDate.ofEpochDay(firstDay);
  }

  /** The last day of the window. */
  public LocalDate lastDay() {
    return LocalDate.ofEpochDay(lastDay);
  }

  /** The number (see {@link CohortPeriod#index}) of the window's first period. */
  public int firstPeriod() {
    return firstPeriod;
  }

  /** The number of periods the window touches. */
  public int periods() {
    return periods;
  }

  /** The number of customer numbers seen so far (active or not). */
  public int customers() {
    return customers;
  }

  /**
   * Folds rows {@code fromRow} to {@code toRow} (exclusive) in.
   *
   * @throws CrmValidationException when a row's day is outside the window, naming the row
   */
  @Override
  public CohortAccumulator add(Transactions transactions, int fromRow, int toRow) {
    Accumulation.requireRows(transactions, fromRow, toRow);
    ensureCustomers(transactions.customerCount());
    int first = firstDay;
    int span = periodOfDay.length;
    int[] lookup = periodOfDay;
    long[] bits = active;
    int perCustomer = words;
    for (int row = fromRow; row < toRow; row++) {
      int offset = transactions.epochDay(row) - first;
      if (offset < 0 || offset >= span) {
        throw outsideWindow(transactions, row);
      }
      int at = lookup[offset];
      bits[transactions.customerIndex(row) * perCustomer + (at >>> 6)] |= 1L << at;
    }
    return this;
  }

  /**
   * Folds another accumulator's activity in.
   *
   * @throws CrmValidationException when the other one counts another period or window
   */
  @Override
  public CohortAccumulator combine(CohortAccumulator other) {
    CrmValidationException.required("other", other);
    if (other.period != period || other.firstDay != firstDay || other.lastDay != lastDay) {
      throw CrmValidationException.of("cohort.window", "same",
          other.period + " " + other.firstDay() + ".." + other.lastDay(),
          "only accumulators of the same period and window combine; this one counts " + period + " "
              + firstDay() + ".." + lastDay());
    }
    ensureCustomers(other.customers);
    long[] mine = active;
    long[] theirs = other.active;
    for (int i = 0; i < other.customers * words; i++) {
      mine[i] |= theirs[i];
    }
    return this;
  }

  /** Whether a customer bought anything in a period of the window (0 = the window's first). */
  public boolean isActive(int customer, int periodInWindow) {
    if (customer < 0 || customer >= customers || periodInWindow < 0 || periodInWindow >= periods) {
      return false;
    }
    return (active[customer * words + (periodInWindow >>> 6)] & (1L << periodInWindow)) != 0;
  }

  /** A customer's first active period in the window (0 = the window's first), or −1 when none. */
  public int firstActivePeriod(int customer) {
    if (customer < 0 || customer >= customers) {
      return -1;
    }
    int base = customer * words;
    for (int w = 0; w < words; w++) {
      long bits = active[base + w];
      if (bits != 0) {
        return (w << 6) + Long.numberOfTrailingZeros(bits);
      }
    }
    return -1;
  }

  /** The window period of a row's day; the row must be within the window. */
  int periodOfRow(Transactions transactions, int row) {
    int offset = transactions.epochDay(row) - firstDay;
    if (offset < 0 || offset >= periodOfDay.length) {
      throw outsideWindow(transactions, row);
    }
    return periodOfDay[offset];
  }

  /** Calls {@code visitor} with each customer's active periods (window numbering), ascending. */
  void forEachCustomer(ActivityVisitor visitor) {
    int[] activePeriods = new int[periods];
    for (int customer = 0; customer < customers; customer++) {
      int count = 0;
      int base = customer * words;
      for (int w = 0; w < words; w++) {
        long bits = active[base + w];
        while (bits != 0) {
          activePeriods[count++] = (w << 6) + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
        }
      }
      if (count > 0) {
        visitor.visit(customer, activePeriods, count);
      }
    }
  }

  /** Receives one customer's active periods. */
  interface ActivityVisitor {
    /** The first {@code count} entries of {@code periods} are the customer's, ascending. */
    void visit(int customer, int[] periods, int count);
  }

  private CrmValidationException outsideWindow(Transactions transactions, int row) {
    return CrmValidationException.of("transaction.day", "withinWindow", transactions.day(row),
        "row " + row + " is outside the window " + firstDay() + ".." + lastDay() + " of the cohorts");
  }

  private void ensureCustomers(int needed) {
    if ((long) needed * words > Integer.MAX_VALUE - 8) {
      throw CrmValidationException.of("cohort.customers", "tooMany", needed,
          "customers times words of " + periods + " periods exceed one array: use a longer period");
    }
    if (needed * words > active.length) {
      int capacity = Math.max(needed, customers + (customers >> 1));
      active = Arrays.copyOf(active, (int) Math.min((long) capacity * words, Integer.MAX_VALUE - 8));
    }
    customers = Math.max(customers, needed);
  }
}
