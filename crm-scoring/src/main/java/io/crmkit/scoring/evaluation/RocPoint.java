package io.crmkit.scoring.evaluation;

/**
 * A point of a ROC curve: the leads scored at or above a threshold taken as "will be won".
 *
 * @param threshold the lowest score selected; positive infinity for the first point, which selects nothing
 * @param falsePositiveRate the share of lost leads selected, 0..1
 * @param truePositiveRate the share of won leads selected (recall), 0..1
 */
public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {}
