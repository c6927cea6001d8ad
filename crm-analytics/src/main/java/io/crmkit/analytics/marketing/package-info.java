/**
 * Marketing measures: lead volume and quality by source with lead response time and contact rate
 * ({@link io.crmkit.analytics.marketing.LeadTally}); pipeline and revenue by campaign or channel
 * under first-touch, last-touch, linear, time-decay and position-based (40/20/40) attribution
 * ({@link io.crmkit.analytics.marketing.MultiTouchAttribution} with an {@link
 * io.crmkit.analytics.marketing.AttributionModel}); and cost per opportunity by channel ({@link
 * io.crmkit.analytics.marketing.ChannelSpend}).
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.marketing;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
