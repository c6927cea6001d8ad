/**
 * The sales forecast of a period: totals per forecast category of the deals closing in it ({@link
 * io.crmkit.analytics.forecast.Forecast}), and what changed between two weekly snapshots ({@link
 * io.crmkit.analytics.forecast.ForecastChanges}: deals added, moved between categories, slipped out
 * of the period, won, lost, removed, and amount changes), so the forecast call explains the change
 * instead of only stating the new total.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.forecast;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
