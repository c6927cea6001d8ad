package io.crmkit.scoring.predictive.bayes;

/**
 * What a stage's won (and lost) count is divided by in the product of the naive Bayes score.
 *
 * <p>Since a won lead counts at every stage, the stage counts are not a split of the leads like the
 * counts of other fields. The reference rule divides by the sum over the stages like for any field;
 * Odoo's code divides by the team's won (lost) leads, the count of the first stage, which every
 * closed lead passes.
 */
public enum StageLikelihood {
  /** {@code won(stage) / sum of won over the stages}, as for every other field (the default). */
  SUM_OVER_STAGES,
  /** {@code won(stage) / (won leads of the team + 0.1)}: the share of won leads that reached the stage, as Odoo's code does. */
  CLOSED_LEADS
}
