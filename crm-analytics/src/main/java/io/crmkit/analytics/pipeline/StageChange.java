package io.crmkit.analytics.pipeline;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.event.OpportunityCreated;
import io.crmkit.core.event.OpportunityStageChanged;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Stage;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the stage-change log: an opportunity entered a stage at an instant, leaving another
 * one, or entering its first stage when it was created.
 *
 * @param opportunityId the opportunity
 * @param from the stage it left; empty when the deal was created in {@code to}
 * @param to the stage it entered; not the same stage (by name) as {@code from}
 * @param at when it happened
 */
public record StageChange(OpportunityId opportunityId, Optional<Stage> from, Stage to, Instant at) {
  /**
   * Checks the change.
   *
   * @throws io.crmkit.core.CrmValidationException when a part is missing ({@code required}) or
   *     {@code from} and {@code to} name the same stage ({@code stageChange.to}, rule {@code changes})
   */
  public StageChange {
    CrmValidationException.required("stageChange.opportunityId", opportunityId);
    CrmValidationException.required("stageChange.from", from);
    CrmValidationException.required("stageChange.to", to);
    CrmValidationException.required("stageChange.at", at);
    if (from.isPresent() && from.get().name().equalsIgnoreCase(to.name())) {
      throw CrmValidationException.of("stageChange.to", "changes", to, "a change leaves one stage for another");
    }
  }

  /** A move from one stage to another. */
  public static StageChange of(OpportunityId opportunityId, Stage from, Stage to, Instant at) {
    return new StageChange(opportunityId, Optional.of(CrmValidationException.required("stageChange.from", from)), to,
        at);
  }

  /** A deal created in its first stage. */
  public static StageChange created(OpportunityId opportunityId, Stage first, Instant at) {
    return new StageChange(opportunityId, Optional.empty(), first, at);
  }

  /** The log line of a crm-core creation event: the deal entered {@code first} when it was created. */
  public static StageChange from(OpportunityCreated event, Stage first) {
    CrmValidationException.required("event", event);
    return created(event.opportunityId(), first, event.occurredAt());
  }

  /** The log line of a crm-core stage-change event. */
  public static StageChange from(OpportunityStageChanged event) {
    CrmValidationException.required("event", event);
    return of(event.opportunityId(), event.from(), event.to(), event.occurredAt());
  }
}
