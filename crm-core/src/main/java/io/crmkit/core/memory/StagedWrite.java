package io.crmkit.core.memory;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;

/**
 * A save held back by a transaction: the copy to store and the version the stored record must have
 * at commit ({@code 0} for a record that must not exist yet).
 *
 * @param store the store the record goes to
 * @param value the copy to store, at its new version
 * @param baseVersion the version read before the transaction's first save of the record
 */
record StagedWrite<I extends AggregateId, A extends Aggregate<I>>(
    InMemoryStore<I, A> store, A value, long baseVersion) {

  I id() {
    return value.id();
  }

  /** Fails with a concurrency exception when the stored record moved on. Needs the write lock. */
  void check() {
    store.checkCommitted(value, baseVersion);
  }

  /** Stores the copy. Needs the write lock, after {@link #check()}. */
  void apply() {
    store.putCommitted(value);
  }
}
