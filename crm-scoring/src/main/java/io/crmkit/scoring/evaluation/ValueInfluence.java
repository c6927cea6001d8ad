package io.crmkit.scoring.evaluation;

/**
 * How one value of a feature moves a model's predictions: a category, a range of numbers, or
 * "missing".
 *
 * @param feature the feature
 * @param value the value, as the model's factors name it
 * @param leads the leads that have it
 * @param meanLogOdds the mean push of the value on the log-odds (positive raises the probability)
 */
public record ValueInfluence(String feature, String value, int leads, double meanLogOdds) {}
