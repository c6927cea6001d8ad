package io.crmkit.identity.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;

/**
 * One record a merge (or an unmerge) changed: the record as it was before and as it was stored
 * after, so that the change can be shown and undone.
 *
 * @param before the record as read before the change
 * @param after the record as stored by the change: same type and id, a later version
 * @param <A> the record's type: a contact, activity, support case, opportunity, order or campaign member
 */
public record RecordChange<A extends Aggregate<?>>(A before, A after) {
  /** Checks that both copies are of one record and that the version moved forward. */
  public RecordChange {
    CrmValidationException.required("recordChange.before", before);
    CrmValidationException.required("recordChange.after", after);
    if (before.getClass() != after.getClass() || !before.id().equals(after.id())) {
      throw CrmValidationException.of("recordChange.after", "sameRecord", after.id(),
          "before and after are copies of one record: " + before.recordType() + " " + before.id().value());
    }
    if (after.version() <= before.version()) {
      throw CrmValidationException.of("recordChange.after", "version", after.version(),
          "a stored change moves the version forward from " + before.version());
    }
  }

  /** The record's id. */
  public AggregateId recordId() {
    return after.id();
  }

  /** The record's type as people name it: {@code Contact}, {@code Activity}. */
  public String recordType() {
    return after.recordType();
  }

  @Override
  public String toString() {
    return recordType() + " " + recordId().value() + " v" + before.version() + " -> v" + after.version();
  }
}
