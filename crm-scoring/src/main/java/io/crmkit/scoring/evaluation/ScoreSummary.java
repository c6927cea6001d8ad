package io.crmkit.scoring.evaluation;

/**
 * The headline numbers of a probability score against outcomes.
 *
 * @param leads the leads scored
 * @param wonLeads the leads won
 * @param auc the ROC AUC, 0..1 (0.5 is guessing)
 * @param brier the Brier score, the mean squared difference of probability and outcome, 0..1 (lower is better)
 * @param topDecileLift the conversion rate of the tenth of leads scored highest over the base rate
 */
public record ScoreSummary(int leads, int wonLeads, double auc, double brier, double topDecileLift) {

  /** The share of leads won. */
  public double baseRate() {
    return (double) wonLeads / leads;
  }
}
