package io.crmkit.scoring.dataset;

import io.crmkit.core.CrmValidationException;

/**
 * A lead that was won or lost, with what was known about it: one example to learn from.
 *
 * @param facts what was known about the lead
 * @param outcome how it ended
 */
public record ClosedLead(LeadFacts facts, Outcome outcome) {
  /** Checks that both parts are there. */
  public ClosedLead {
    CrmValidationException.required("closedLead.facts", facts);
    CrmValidationException.required("closedLead.outcome", outcome);
  }

  /** A won lead. */
  public static ClosedLead won(LeadFacts facts) {
    return new ClosedLead(facts, Outcome.WON);
  }

  /** A lost lead. */
  public static ClosedLead lost(LeadFacts facts) {
    return new ClosedLead(facts, Outcome.LOST);
  }

  /** Whether the lead was won. */
  public boolean isWon() {
    return outcome == Outcome.WON;
  }
}
