/**
 * Recency, frequency and monetary value (RFM): per-customer values as of an analysis date, folded by
 * a mergeable {@link io.crmkit.analytics.rfm.RfmAccumulator}; scores 1..n per dimension under the
 * binning conventions in use ({@link io.crmkit.analytics.rfm.RfmBinning}: R package {@code rfm},
 * pandas {@code qcut}, rank-first, nested, cut points); and segments from a {@link
 * io.crmkit.analytics.rfm.SegmentTable} that is data, not code.
 *
 * <pre>{@code
 * RfmResult rfm = RfmAnalysis.asOf(LocalDate.parse("1998-07-01")).run(purchases);
 * rfm.summary().forEach(System.out::println);          // customers, orders, revenue per segment
 * CustomerRfm first = rfm.customer(0);                 // scores, segment and the rule that matched
 * }</pre>
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.rfm;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
