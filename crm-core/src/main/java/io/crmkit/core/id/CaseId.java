package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link io.crmkit.core.support.SupportCase}.
 *
 * @param value the id as text
 */
public record CaseId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public CaseId {
    value = AggregateId.checked("caseId", value);
  }

  /** Makes the id. */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
