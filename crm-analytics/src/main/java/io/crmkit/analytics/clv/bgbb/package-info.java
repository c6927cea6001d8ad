/**
 * The BG/BB model (Fader, Hardie and Shang 2010) for discrete opportunities to transact: a yearly
 * appeal, a weekly event. Histories are {@code (x, t_x, n)} in opportunities ({@link
 * io.crmkit.analytics.clv.bgbb.OpportunityHistory}); data per customer or as the recency/frequency
 * matrix ({@link io.crmkit.analytics.clv.bgbb.OpportunityData}) fit alike.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.bgbb;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
