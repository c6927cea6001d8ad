package io.crmkit.analytics.cohort;

/**
 * Rates for one period since the first purchase, pooled over every cohort observed that far.
 *
 * @param period the periods since the first purchase, {@code k}, 1 or more
 * @param customers the customers of the cohorts observed through period {@code k}
 * @param retention of those customers, the share who bought in period {@code k}
 * @param repeatPurchaseRate of those customers, the share who bought again in any period 1..k: the
 *     cumulative share that came back at all
 * @param churnRate of those customers who bought in period {@code k−1}, the share who did not buy in
 *     period {@code k} (0 when none bought in {@code k−1})
 */
public record PeriodRates(int period, int customers, double retention, double repeatPurchaseRate, double churnRate) {}
