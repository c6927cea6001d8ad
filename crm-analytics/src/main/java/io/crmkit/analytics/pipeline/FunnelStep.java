package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.opportunity.Stage;

/**
 * One stage of a funnel: how many deals reached it (got this far or further, won included), how
 * many went no further, how many of those were lost, and the share that went on to the next stage
 * (to won, for the last open stage).
 *
 * @param stage the stage
 * @param reached the deals whose furthest stage is this one or a later one, won deals included
 * @param stoppedHere the deals whose furthest stage is this one (open or lost)
 * @param lostHere the lost deals whose furthest stage is this one
 * @param conversionToNext the deals that reached the next stage (or won, after the last) out of
 *     those that reached this one
 */
public record FunnelStep(Stage stage, long reached, long stoppedHere, long lostHere, Proportion conversionToNext) {
  /** Checks the counts. */
  public FunnelStep {
    CrmValidationException.required("funnelStep.stage", stage);
    CrmValidationException.required("funnelStep.conversionToNext", conversionToNext);
    if (reached < 0 || stoppedHere < 0 || lostHere < 0 || lostHere > stoppedHere || stoppedHere > reached) {
      throw CrmValidationException.of("funnelStep.reached", "range", reached + "/" + stoppedHere + "/" + lostHere,
          "0 <= lostHere <= stoppedHere <= reached");
    }
  }
}
