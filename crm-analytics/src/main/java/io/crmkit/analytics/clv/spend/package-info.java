/**
 * The Gamma-Gamma model of spend per purchase: {@link io.crmkit.analytics.clv.spend.GammaGammaModel}
 * fitted to the repeat buyers' mean repeat spend ({@link io.crmkit.analytics.clv.spend.SpendData}),
 * and each customer's expected spend, a weighted mean of the population's and their own.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.spend;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
