package io.crmkit.identity.merge;

import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Optional;

/** The outcome of a merge: the contacts were merged, or the merge was refused and nothing changed. */
public sealed interface MergeResult {

  /** The merge's audit record, when the contacts were merged. */
  Optional<MergeRecord> record();

  /**
   * The contacts were merged.
   *
   * @param merge the merge's audit record as stored
   */
  record Merged(MergeRecord merge) implements MergeResult {
    /** Checks the record. */
    public Merged {
      CrmValidationException.required("mergeResult.merge", merge);
    }

    @Override
    public Optional<MergeRecord> record() {
      return Optional.of(merge);
    }
  }

  /**
   * The merge was refused and nothing was changed; every reason found is listed, not only the first.
   *
   * @param reasons why, at least one
   */
  record Refused(List<MergeRefusal> reasons) implements MergeResult {
    /** Checks the reasons and keeps an immutable copy. */
    public Refused {
      reasons = List.copyOf(CrmValidationException.required("mergeResult.reasons", reasons));
      if (reasons.isEmpty()) {
        throw CrmValidationException.of("mergeResult.reasons", "empty", reasons, "a refusal gives at least one reason");
      }
    }

    @Override
    public Optional<MergeRecord> record() {
      return Optional.empty();
    }

    /** Whether one of the reasons is of this kind. */
    public boolean hasReason(MergeRefusal.Kind kind) {
      return reasons.stream().anyMatch(r -> r.kind() == kind);
    }
  }
}
