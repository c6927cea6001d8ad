package io.crmkit.identity.merge;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/** The outcome of undoing a merge: undone, or refused with every conflict found and nothing changed. */
public sealed interface UnmergeResult {

  /** The merge concerned. */
  MergeId mergeId();

  /**
   * The merge was undone.
   *
   * @param merge the merge's audit record, now saying who undid it and when
   * @param restored every record restored, as it was before the unmerge and as stored by it
   */
  record Unmerged(MergeRecord merge, List<RecordChange<?>> restored) implements UnmergeResult {
    /** Checks both parts and keeps an immutable copy of the changes. */
    public Unmerged {
      CrmValidationException.required("unmergeResult.merge", merge);
      restored = List.copyOf(CrmValidationException.required("unmergeResult.restored", restored));
    }

    @Override
    public MergeId mergeId() {
      return merge.id();
    }
  }

  /**
   * The merge was not undone and nothing was changed.
   *
   * @param mergeId the merge asked about
   * @param conflicts every reason found, at least one
   */
  record Refused(MergeId mergeId, List<UnmergeConflict> conflicts) implements UnmergeResult {
    /** Checks both parts and keeps an immutable copy of the conflicts. */
    public Refused {
      CrmValidationException.required("unmergeResult.mergeId", mergeId);
      conflicts = List.copyOf(CrmValidationException.required("unmergeResult.conflicts", conflicts));
      if (conflicts.isEmpty()) {
        throw CrmValidationException.of("unmergeResult.conflicts", "empty", conflicts,
            "a refusal gives at least one conflict");
      }
    }

    /** Whether one of the conflicts is of this kind. */
    public boolean hasConflict(UnmergeConflict.Kind kind) {
      return conflicts.stream().anyMatch(c -> c.kind() == kind);
    }
  }
}
