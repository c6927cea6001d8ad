/**
 * Mergeable accumulators: a {@link io.crmkit.analytics.tally.Mergeable} partial result combines
 * with another into the result of both inputs, so a measure runs the same over chunks in parallel,
 * incrementally as rows arrive, or inside a distributed engine. {@link
 * io.crmkit.analytics.tally.Grouped} keeps one per group and {@link
 * io.crmkit.analytics.tally.Proportion} is the mergeable "part of a whole" behind every rate.
 */
@CrmStyle
@NullMarked
package io.crmkit.analytics.tally;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
