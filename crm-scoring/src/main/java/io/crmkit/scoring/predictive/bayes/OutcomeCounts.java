package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;

/**
 * How many closed leads with one value of a field were won and how many lost.
 *
 * @param wonLeads the number of won leads counted, 0 or more
 * @param lostLeads the number of lost leads counted, 0 or more
 */
public record OutcomeCounts(long wonLeads, long lostLeads) {
  /** The count every (field, value) starts from, as in Odoo: 0.1, not Laplace's 1. */
  public static final double STARTING_COUNT = 0.1;

  /** No lead counted yet. */
  public static final OutcomeCounts NONE = new OutcomeCounts(0, 0);

  /**
   * Checks the counts.
   *
   * @throws CrmValidationException when a count is negative ({@code counts}, rule {@code range})
   */
  public OutcomeCounts {
    if (wonLeads < 0 || lostLeads < 0) {
      throw CrmValidationException.of(
          "counts", "range", wonLeads + " won, " + lostLeads + " lost", "a count is never negative");
    }
  }

  /** The won count as the formula uses it: the leads counted plus the starting 0.1. */
  public double won() {
    return wonLeads + STARTING_COUNT;
  }

  /** The lost count as the formula uses it: the leads counted plus the starting 0.1. */
  public double lost() {
    return lostLeads + STARTING_COUNT;
  }

  /** Whether no lead is counted. */
  public boolean isEmpty() {
    return wonLeads == 0 && lostLeads == 0;
  }

  /** These counts with others added (a negative step takes leads away). */
  OutcomeCounts plus(long won, long lost) {
    return new OutcomeCounts(wonLeads + won, lostLeads + lost);
  }
}
