package io.crmkit.scoring.evaluation;

/**
 * How much a feature moves a model's predictions over a set of leads.
 *
 * @param feature the feature
 * @param meanAbsoluteLogOdds the mean over all leads of the size of the feature's push on the
 *     log-odds (a lead the feature did not push counts as 0)
 */
public record FeatureInfluence(String feature, double meanAbsoluteLogOdds) {}
