package io.crmkit.analytics.cohort;

import io.crmkit.analytics.transaction.Accumulation;
import io.crmkit.analytics.transaction.TransactionAccumulator;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.util.function.Supplier;

/**
 * Revenue per cohort and period since, once every customer's cohort is known (from a {@link
 * CohortAccumulator} over the same rows): a second pass over the rows, mergeable by adding the
 * matrices.
 */
final class CohortRevenue implements TransactionAccumulator<CohortRevenue> {
  private final CohortAccumulator activity;
  private final int[] cohortOf;
  private final double[][] revenue;

  private CohortRevenue(CohortAccumulator activity, int[] cohortOf) {
    this.activity = activity;
    this.cohortOf = cohortOf;
    this.revenue = new double[activity.periods()][];
    for (int cohort = 0; cohort < revenue.length; cohort++) {
      revenue[cohort] = new double[activity.periods() - cohort];
    }
  }

  /** A supplier of empty revenue matrices over the activity's cohorts. */
  static Supplier<CohortRevenue> over(CohortAccumulator activity) {
    int[] cohortOf = new int[activity.customers()];
    for (int customer = 0; customer < cohortOf.length; customer++) {
      cohortOf[customer] = activity.firstActivePeriod(customer);
    }
    return () -> new CohortRevenue(activity, cohortOf);
  }

  @Override
  public CohortRevenue add(Transactions transactions, int fromRow, int toRow) {
    Accumulation.requireRows(transactions, fromRow, toRow);
    for (int row = fromRow; row < toRow; row++) {
      int period = activity.periodOfRow(transactions, row);
      int customer = transactions.customerIndex(row);
      int cohort = customer < cohortOf.length ? cohortOf[customer] : -1;
      if (cohort < 0 || period < cohort) {
        throw CrmValidationException.of("transactions", "sameRows", transactions.customerId(customer),
            "row " + row + " is not among the rows the cohorts were counted from");
      }
      revenue[cohort][period - cohort] += transactions.amount(row);
    }
    return this;
  }

  @Override
  public CohortRevenue combine(CohortRevenue other) {
    for (int cohort = 0; cohort < revenue.length; cohort++) {
      for (int k = 0; k < revenue[cohort].length; k++) {
        revenue[cohort][k] += other.revenue[cohort][k];
      }
    }
    return this;
  }

  /** Revenue of a cohort (window period) in period {@code k} since. */
  double revenue(int cohort, int k) {
    return revenue[cohort][k];
  }
}
