package io.crmkit.identity.match;

/**
 * One bar of a match weight's waterfall: what it adds and where the running total stands after it.
 *
 * @param label what the bar stands for ({@code prior}, {@code surname: exact},
 *     {@code surname: term frequency})
 * @param weight what it adds, in bits
 * @param cumulative the running total after it, in bits
 */
public record WaterfallStep(String label, double weight, double cumulative) {}
