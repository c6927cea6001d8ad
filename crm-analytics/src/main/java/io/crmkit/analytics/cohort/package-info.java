/**
 * Cohort retention: customers grouped by the period of their first purchase (day, ISO week, month,
 * quarter), and per cohort the share of its customers active, and its revenue, in each period since,
 * with where each curve flattens and repeat-purchase and churn rates per period. The per-customer
 * activity is a mergeable {@link io.crmkit.analytics.cohort.CohortAccumulator}.
 *
 * <pre>{@code
 * CohortTable cohorts = CohortAnalysis.by(CohortPeriod.MONTH).run(purchases);
 * double secondMonth = cohorts.retention(0, 1);   // of the first cohort, one month after its first
 * }</pre>
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.cohort;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
