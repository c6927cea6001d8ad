package io.crmkit.analytics.cohort;

import io.crmkit.analytics.transaction.Accumulation;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;

/**
 * A cohort analysis: the period cohorts and activity are counted in, the rule for where a curve
 * flattens, and whether revenue is counted. Runs over a table in one pass (two with revenue: the
 * second needs every customer's cohort) or in parallel, or makes the table from an activity
 * accumulator kept by the host.
 *
 * <pre>{@code
 * CohortTable months = CohortAnalysis.by(CohortPeriod.MONTH).run(purchases);
 * }</pre>
 *
 * @param period the period
 * @param flattening where a retention curve counts as flat
 * @param revenue whether revenue per cohort and period is counted (a second pass over the rows)
 */
public record CohortAnalysis(CohortPeriod period, FlatteningRule flattening, boolean revenue) {

  /** Checks that every part is given. */
  public CohortAnalysis {
    CrmValidationException.required("cohort.period", period);
    CrmValidationException.required("cohort.flattening", flattening);
  }

  /** Cohorts by {@code period}, with revenue and the {@link FlatteningRule#DEFAULT default flattening rule}. */
  public static CohortAnalysis by(CohortPeriod period) {
    return new CohortAnalysis(period, FlatteningRule.DEFAULT, true);
  }

  /** The same analysis with another flattening rule. */
  public CohortAnalysis withFlattening(FlatteningRule flattening) {
    return new CohortAnalysis(period, flattening, revenue);
  }

  /** The same analysis, counting revenue or not. */
  public CohortAnalysis withRevenue(boolean revenue) {
    return new CohortAnalysis(period, flattening, revenue);
  }

  /** An empty activity accumulator over the days of the table, first to last. */
  public CohortAccumulator accumulator(Transactions transactions) {
    CrmValidationException.required("transactions", transactions);
    LocalDate first = transactions.firstDay().orElse(LocalDate.EPOCH);
    return CohortAccumulator.over(period, first, transactions.lastDay().orElse(first));
  }

  /** The cohorts of the table, on the calling thread. */
  public CohortTable run(Transactions transactions) {
    CohortAccumulator activity = Accumulation.inOnePass(transactions, () -> accumulator(transactions));
    return table(activity, revenue ? Accumulation.inOnePass(transactions, CohortRevenue.over(activity)) : null);
  }

  /** The cohorts of the table, its rows folded in parallel chunks on the common fork-join pool. */
  public CohortTable runInParallel(Transactions transactions) {
    return runInParallel(transactions, ForkJoinPool.commonPool(), Runtime.getRuntime().availableProcessors());
  }

  /** The cohorts of the table, its rows folded in {@code chunks} parallel chunks on {@code pool} and the calling thread. */
  public CohortTable runInParallel(Transactions transactions, ForkJoinPool pool, int chunks) {
    CohortAccumulator window = accumulator(transactions);
    CohortAccumulator activity = Accumulation.inParallel(transactions,
        () -> CohortAccumulator.over(period, window.firstDay(), window.lastDay()), pool, chunks);
    return table(activity,
        revenue ? Accumulation.inParallel(transactions, CohortRevenue.over(activity), pool, chunks) : null);
  }

  /**
   * The cohorts of an activity accumulator kept by the host; revenue, when counted, from the rows of
   * {@code transactions}, which must be the rows the activity was folded from.
   *
   * @throws CrmValidationException when the accumulator counts another period, or a row of the
   *     table lies outside its window or was not folded into it
   */
  public CohortTable table(Transactions transactions, CohortAccumulator activity) {
    CrmValidationException.required("transactions", transactions);
    CrmValidationException.required("activity", activity);
    if (activity.period() != period) {
      throw CrmValidationException.of("cohort.period", "same", activity.period(),
          "the accumulator counts another period than the analysis (" + period + ")");
    }
    return table(activity, revenue ? Accumulation.inOnePass(transactions, CohortRevenue.over(activity)) : null);
  }

  private CohortTable table(CohortAccumulator activity, @Nullable CohortRevenue counted) {
    int periods = activity.periods();
    int[] size = new int[periods];
    int[][] active = ragged(periods);
    int[][] firstReturn = ragged(periods);
    int[][] lapsedAfter = ragged(periods);
    activity.forEachCustomer((customer, activePeriods, count) -> {
      int cohort = activePeriods[0];
      size[cohort]++;
      int previous = cohort;
      for (int i = 0; i < count; i++) {
        int p = activePeriods[i];
        active[cohort][p - cohort]++;
        if (i == 1) {
          firstReturn[cohort][p - cohort]++;
        }
        if (i > 0 && p > previous + 1) {
          lapsedAfter[cohort][previous - cohort]++;
        }
        previous = p;
      }
      if (previous < periods - 1) {
        lapsedAfter[cohort][previous - cohort]++;
      }
    });
    List<PeriodRates> rates = rates(size, active, firstReturn, lapsedAfter);
    int cohorts = 0;
    for (int s : size) {
      cohorts += s > 0 ? 1 : 0;
    }
    int[] cohortPeriod = new int[cohorts];
    int[] cohortSize = new int[cohorts];
    int[][] cohortActive = new int[cohorts][];
    double[][] cohortRevenue = counted == null ? null : new double[cohorts][];
    int c = 0;
    for (int p = 0; p < periods; p++) {
      if (size[p] == 0) {
        continue;
      }
      cohortPeriod[c] = activity.firstPeriod() + p;
      cohortSize[c] = size[p];
      cohortActive[c] = active[p];
      if (counted != null && cohortRevenue != null) {
        double[] row = new double[periods - p];
        for (int k = 0; k < row.length; k++) {
          row[k] = counted.revenue(p, k);
        }
        cohortRevenue[c] = row;
      }
      c++;
    }
    return new CohortTable(period, activity.firstDay(), activity.lastDay(), cohortPeriod, cohortSize, cohortActive,
        cohortRevenue, flattening, rates);
  }

  /** Pooled rates per {@code k >= 1} over the cohorts observed through {@code k}. */
  private static List<PeriodRates> rates(int[] size, int[][] active, int[][] firstReturn, int[][] lapsedAfter) {
    int periods = size.length;
    List<PeriodRates> rates = new ArrayList<>();
    long[] returnedBy = new long[periods];
    for (int k = 1; k < periods; k++) {
      long customers = 0;
      long activeNow = 0;
      long returned = 0;
      long activeBefore = 0;
      long lapsed = 0;
      for (int cohort = 0; cohort + k < periods; cohort++) {
        if (size[cohort] == 0) {
          continue;
        }
        returnedBy[cohort] += firstReturn[cohort][k];
        customers += size[cohort];
        activeNow += active[cohort][k];
        returned += returnedBy[cohort];
        activeBefore += active[cohort][k - 1];
        lapsed += lapsedAfter[cohort][k - 1];
      }
      if (customers == 0) {
        continue;
      }
      rates.add(new PeriodRates(k, (int) customers, (double) activeNow / customers, (double) returned / customers,
          activeBefore == 0 ? 0 : (double) lapsed / activeBefore));
    }
    return rates;
  }

  private static int[][] ragged(int periods) {
    int[][] rows = new int[periods][];
    for (int p = 0; p < periods; p++) {
      rows[p] = new int[periods - p];
    }
    return rows;
  }
}
