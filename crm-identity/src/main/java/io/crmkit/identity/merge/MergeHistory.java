package io.crmkit.identity.merge;

import io.crmkit.core.id.ContactId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the audit records of contact merges, so that a merge can be shown and undone. Implemented by
 * the host application, in the same transaction as its repositories;
 * {@link io.crmkit.identity.merge.memory.InMemoryMergeHistory} ships for tests and small hosts.
 *
 * <p>Saves are optimistic like every repository's: a save is accepted only from a copy read at the
 * stored version, so a merge is undone at most once.
 */
public interface MergeHistory {
  /** The merge with this id, if kept. */
  Optional<MergeRecord> findById(MergeId id);

  /** The merges a contact took part in, as survivor or merged away, oldest first (by creation time, then id). */
  List<MergeRecord> findByContact(ContactId contactId);

  /**
   * Stores the record and returns the stored copy, whose version is one more than the given one. A
   * new record must have version 0; an existing one the version it was read at.
   *
   * @throws io.crmkit.core.ConcurrentUpdateException when the version is not the stored one; nothing is written
   */
  MergeRecord save(MergeRecord record);
}
