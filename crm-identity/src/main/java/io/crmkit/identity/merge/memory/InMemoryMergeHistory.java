package io.crmkit.identity.merge.memory;

import io.crmkit.core.id.ContactId;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.memory.InMemoryStore;
import io.crmkit.core.memory.NaturalKey;
import io.crmkit.identity.merge.MergeHistory;
import io.crmkit.identity.merge.MergeId;
import io.crmkit.identity.merge.MergeRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory {@link MergeHistory}: takes part in its {@link InMemoryCrm}'s transactions, so a
 * merge's record is kept exactly when the merge's other saves are. Thread-safe.
 */
public final class InMemoryMergeHistory implements MergeHistory {
  private static final NaturalKey<MergeRecord, ContactId> CONTACT = NaturalKey.many("contact", r -> {
    List<ContactId> ids = new ArrayList<>(r.mergedIds());
    ids.add(r.survivorId());
    return ids;
  });

  private final InMemoryStore<MergeId, MergeRecord> store;

  /** A new, empty history in the transactions of this CRM. */
  public InMemoryMergeHistory(InMemoryCrm crm) {
    this.store = crm.newStore(MergeRecord::withVersion, List.of(CONTACT));
  }

  @Override
  public Optional<MergeRecord> findById(MergeId id) {
    return store.findById(id);
  }

  @Override
  public List<MergeRecord> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, contactId);
  }

  @Override
  public MergeRecord save(MergeRecord record) {
    return store.save(record);
  }
}
