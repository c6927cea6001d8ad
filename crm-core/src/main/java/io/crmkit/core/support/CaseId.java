package io.crmkit.core.support;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link SupportCase}.
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
