package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of an {@link io.crmkit.core.opportunity.Opportunity}.
 *
 * @param value the id as text
 */
public record OpportunityId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public OpportunityId {
    value = AggregateId.checked("opportunityId", value);
  }

  /** Makes the id. */
  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
