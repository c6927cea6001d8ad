package io.crmkit.analytics.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One cohort's row of a {@link CohortTable}: its customers and, by period since their first purchase
 * (index {@code k} of each list, from 0 to the last period observed), the customers active, the
 * retention and the revenue.
 *
 * @param label the cohort's period: {@code 1997-01}
 * @param start the first day of that period
 * @param customers the customers whose first purchase fell in it
 * @param activeCustomers by {@code k}, the customers who bought in period {@code k}
 * @param retention by {@code k}, {@code activeCustomers / customers} (1 at {@code k = 0})
 * @param revenue by {@code k}, the cohort's revenue in period {@code k}; empty when not counted
 * @param revenueRetention by {@code k}, {@code revenue(k) / revenue(0)} (NaN when {@code revenue(0)}
 *     is 0); empty when revenue was not counted
 * @param flattening where the retention curve flattens, if it does
 */
public record Cohort(
    String label,
    LocalDate start,
    int customers,
    List<Integer> activeCustomers,
    List<Double> retention,
    List<Double> revenue,
    List<Double> revenueRetention,
    Optional<Flattening> flattening) {

  /** Copies the lists. */
  public Cohort {
    activeCustomers = List.copyOf(activeCustomers);
    retention = List.copyOf(retention);
    revenue = List.copyOf(revenue);
    revenueRetention = List.copyOf(revenueRetention);
  }
}
