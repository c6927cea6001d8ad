package io.crmkit.scoring.evaluation;

/**
 * A threshold on the score ("route leads scored at or above it") and how it does.
 *
 * @param threshold the lowest score routed
 * @param selectedLeads the leads at or above the threshold
 * @param precision the share of the selected leads that were won, 0..1
 * @param recall the share of won leads that are selected, 0..1
 * @param f1 the harmonic mean of precision and recall, 0..1
 */
public record ThresholdChoice(double threshold, int selectedLeads, double precision, double recall, double f1) {}
