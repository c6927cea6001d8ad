package io.crmkit.analytics.pipeline;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Stage;
import java.time.Duration;
import java.time.Instant;

/**
 * An open deal that has been in its stage longer than the limit.
 *
 * @param opportunityId the deal
 * @param stage the stage it is in
 * @param since when it entered the stage
 * @param inStage how long it has been there at the "as of" instant
 */
public record StuckDeal(OpportunityId opportunityId, Stage stage, Instant since, Duration inStage) {
  /** Checks the parts. */
  public StuckDeal {
    CrmValidationException.required("stuckDeal.opportunityId", opportunityId);
    CrmValidationException.required("stuckDeal.stage", stage);
    CrmValidationException.required("stuckDeal.since", since);
    CrmValidationException.required("stuckDeal.inStage", inStage);
  }
}
