/**
 * Reporting periods: a {@link io.crmkit.analytics.period.ReportingPeriod} of whole days (first and
 * last day included) and the {@link io.crmkit.analytics.period.PeriodUnit} (day, ISO week, month,
 * quarter, year) that cuts the calendar into them, so that measures can be grouped "per month" or
 * "per quarter" the same way everywhere.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.period;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
