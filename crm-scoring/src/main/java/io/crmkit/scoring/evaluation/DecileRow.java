package io.crmkit.scoring.evaluation;

/**
 * One tenth of the leads, ordered from the highest score down, and how many of them were won.
 *
 * <p>A slice holds a tenth of the leads exactly, so a count may be fractional: leads that tie on a
 * score across a boundary are shared between the two slices in proportion, as the average ranks of
 * the AUC share them.
 *
 * @param decile the slice, 1 (highest scores) to 10
 * @param leads the leads in the slice ({@code n / 10})
 * @param wonLeads the won leads in the slice
 * @param conversionRate {@code wonLeads / leads}
 * @param lift the slice's conversion rate over the base rate
 * @param cumulativeLift the conversion rate of slices 1 to this one over the base rate
 * @param gain the share of all won leads in slices 1 to this one, 0..1
 */
public record DecileRow(
    int decile, double leads, double wonLeads, double conversionRate, double lift, double cumulativeLift, double gain) {}
