/**
 * Model checks against a holdout: {@link io.crmkit.analytics.clv.check.HoldoutCheck} compares each
 * customer's predicted and actual holdout purchases (totals, mean absolute and root mean squared
 * error, correlation) and the cumulative repeat purchases of all customers period by period (the
 * tracking plot, with its mean absolute percentage error).
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.check;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
