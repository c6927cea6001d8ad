/**
 * From transactions to CLV summaries: {@link io.crmkit.analytics.clv.summary.PurchaseDays} merges
 * same-day purchases per customer (a mergeable accumulator over chunks of rows), and makes the
 * summaries at a calibration end (inclusive) in a chosen unit, or a {@link
 * io.crmkit.analytics.clv.summary.CalibrationHoldout} split with the holdout's repeat purchases.
 * On CDNOW this gives BTYD's summary exactly.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.clv.summary;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
