package io.crmkit.identity.merge;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link MergeRecord}: the handle to undo a merge by.
 *
 * @param value the id as text
 */
public record MergeId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public MergeId {
    value = AggregateId.checked("mergeId", value);
  }

  /** Makes the id. */
  public static MergeId of(String value) {
    return new MergeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
