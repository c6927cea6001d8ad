/**
 * Customer-lifetime value: the shared values of the CLV models (time units and spans, purchase
 * histories, customer summaries, fit results) and the discounted value of a customer.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
