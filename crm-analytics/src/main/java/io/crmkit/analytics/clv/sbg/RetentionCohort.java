package io.crmkit.analytics.clv.sbg;

import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.core.CrmValidationException;
import java.util.Arrays;

/**
 * A cohort of contract customers who started together, as the number still active at the start and
 * after each contract period: {@code active[0]} started, {@code active[t]} renewed {@code t} times.
 *
 * @param unit the length of a contract period
 */
public final class RetentionCohort {
  private final ModelTimeUnit unit;
  private final long[] active;

  private RetentionCohort(ModelTimeUnit unit, long[] active) {
    this.unit = unit;
    this.active = active;
  }

  /**
   * A cohort from its counts of active customers.
   *
   * @param active the customers at the start and still active after each period; at least two counts
   * @throws CrmValidationException naming {@code retentionCohort.active}: rule {@code atLeastTwo} for
   *     fewer than two counts, {@code positive} for a cohort of no customers, {@code nonNegative} for a
   *     negative count, {@code nonIncreasing} for a count above the one before (a cohort never grows)
   */
  public static RetentionCohort of(ModelTimeUnit unit, long... active) {
    CrmValidationException.required("retentionCohort.unit", unit);
    CrmValidationException.required("retentionCohort.active", active);
    if (active.length < 2) {
      throw CrmValidationException.of("retentionCohort.active", "atLeastTwo", Arrays.toString(active),
          "the customers at the start and after at least one period");
    }
    if (active[0] < 1) {
      throw CrmValidationException.of("retentionCohort.active", "positive", active[0],
          "a cohort starts with customers");
    }
    for (int t = 1; t < active.length; t++) {
      if (active[t] < 0) {
        throw CrmValidationException.of("retentionCohort.active", "nonNegative", active[t],
            "period " + t + ": a count of customers is 0 or more");
      }
      if (active[t] > active[t - 1]) {
        throw CrmValidationException.of("retentionCohort.active", "nonIncreasing", active[t],
            "period " + t + " has more active customers (" + active[t] + ") than period " + (t - 1) + " ("
                + active[t - 1] + "): a cohort never grows");
      }
    }
    return new RetentionCohort(unit, active.clone());
  }

  /**
   * A cohort from each customer's periods as a customer, observed for {@code observedPeriods} periods.
   *
   * @param periodsActive per customer, the periods it stayed (1 or more: it paid for the first); a
   *     value above {@code observedPeriods} stands for a customer still active at the end
   * @throws CrmValidationException naming {@code retentionCohort.periodsActive} (rule {@code positive},
   *     with the customer's index) or {@code retentionCohort.observedPeriods} (rule {@code positive})
   */
  public static RetentionCohort ofCustomers(ModelTimeUnit unit, int observedPeriods, int[] periodsActive) {
    CrmValidationException.required("retentionCohort.periodsActive", periodsActive);
    if (observedPeriods < 1) {
      throw CrmValidationException.of("retentionCohort.observedPeriods", "positive", observedPeriods,
          "a cohort is observed for one period or more");
    }
    long[] active = new long[observedPeriods + 1];
    for (int customer = 0; customer < periodsActive.length; customer++) {
      int periods = periodsActive[customer];
      if (periods < 1) {
        throw CrmValidationException.of("retentionCohort.periodsActive", "positive", periods,
            "customer " + customer + ": a customer stays for the first period at least");
      }
      for (int t = 0; t < Math.min(periods, observedPeriods + 1); t++) {
        active[t]++;
      }
    }
    return of(unit, active);
  }

  /** The length of a contract period. */
  public ModelTimeUnit unit() {
    return unit;
  }

  /** The periods observed (one fewer than the counts). */
  public int periods() {
    return active.length - 1;
  }

  /** The customers active after {@code t} periods ({@code t = 0}: at the start). */
  public long active(int t) {
    return active[t];
  }

  /** The customers lost in period {@code t} (1..{@link #periods()}). */
  public long lost(int t) {
    return active[t - 1] - active[t];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetentionCohort cohort && unit == cohort.unit && Arrays.equals(active, cohort.active);
  }

  @Override
  public int hashCode() {
    return 31 * unit.hashCode() + Arrays.hashCode(active);
  }

  @Override
  public String toString() {
    return "RetentionCohort[" + unit.label() + "s, active " + Arrays.toString(active) + "]";
  }
}
