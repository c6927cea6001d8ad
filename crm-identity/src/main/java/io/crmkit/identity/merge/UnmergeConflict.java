package io.crmkit.identity.merge;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Optional;

/**
 * One reason a merge could not be undone.
 *
 * @param kind what stood in the way
 * @param recordType the type of the record concerned ({@code Contact}, {@code Activity}...), or
 *     {@code MergeRecord} for the merge itself
 * @param recordId the record concerned
 * @param fields the fields that changed both in the merge and since, when that is the reason; empty otherwise
 * @param detail a sentence saying what and how to go on
 */
public record UnmergeConflict(Kind kind, String recordType, AggregateId recordId, List<String> fields, String detail) {

  /** What can stand in the way of undoing a merge. */
  public enum Kind {
    /** No merge has the id given. */
    UNKNOWN_MERGE,
    /** The merge was already undone. */
    ALREADY_UNMERGED,
    /** A record changed since the merge in a field the merge changed: restoring it would lose that change. */
    CHANGED_SINCE_MERGE,
    /** A record the merge changed is no longer stored. */
    MISSING_RECORD
  }

  /** Checks every part and keeps an immutable copy of the fields. */
  public UnmergeConflict {
    CrmValidationException.required("unmergeConflict.kind", kind);
    CrmValidationException.requiredText("unmergeConflict.recordType", recordType);
    CrmValidationException.required("unmergeConflict.recordId", recordId);
    fields = List.copyOf(CrmValidationException.required("unmergeConflict.fields", fields));
    CrmValidationException.requiredText("unmergeConflict.detail", detail);
  }

  /** The fields, when this is a {@link Kind#CHANGED_SINCE_MERGE} conflict about fields. */
  public Optional<List<String>> conflictingFields() {
    return fields.isEmpty() ? Optional.empty() : Optional.of(fields);
  }

  @Override
  public String toString() {
    return kind + " " + recordType + " " + recordId.value() + (fields.isEmpty() ? "" : " " + fields) + ": " + detail;
  }
}
