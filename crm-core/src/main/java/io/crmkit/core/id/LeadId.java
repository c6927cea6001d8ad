package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link io.crmkit.core.lead.Lead}.
 *
 * @param value the id as text
 */
public record LeadId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public LeadId {
    value = AggregateId.checked("leadId", value);
  }

  /** Makes the id. */
  public static LeadId of(String value) {
    return new LeadId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
