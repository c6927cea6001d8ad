package io.crmkit.core.memory;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.event.CrmEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The transaction coordinator of one {@link InMemoryCrm}: the lock every store of it shares and the
 * transaction running on each thread.
 *
 * <p>Committed state changes only under the write lock: a save outside a transaction (one
 * compare-and-set) or a commit (every staged write checked, then all applied). Reads take the read
 * lock, so no reader sees half of a commit.
 */
final class InMemoryTransactions {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();

  /** The lock held while reading committed state. */
  Lock readLock() {
    return lock.readLock();
  }

  /** The lock held while changing committed state. */
  Lock writeLock() {
    return lock.writeLock();
  }

  /** The transaction running on this thread, if any. */
  Optional<Transaction> current() {
    return Optional.ofNullable(current.get());
  }

  /**
   * Runs work in a transaction (or joins the running one) and, if it is the outermost and returns
   * normally, commits it, handing the transaction's events to {@code committed} under the write
   * lock so batches arrive in commit order.
   */
  <T> T inTransaction(Supplier<T> work, Consumer<List<CrmEvent>> committed) {
    Transaction running = current.get();
    if (running != null) {
      Transaction.Savepoint savepoint = running.savepoint();
      try {
        return work.get();
      } catch (Throwable failure) {
        running.rollbackTo(savepoint);
        throw failure;
      }
    }
    Transaction transaction = new Transaction();
    current.set(transaction);
    T result;
    try {
      result = work.get();
    } finally {
      current.remove();
    }
    commit(transaction, committed);
    return result;
  }

  private void commit(Transaction transaction, Consumer<List<CrmEvent>> committed) {
    Lock write = lock.writeLock();
    write.lock();
    try {
      for (StagedWrite<?, ?> staged : transaction.writes.values()) {
        staged.check();
      }
      for (StagedWrite<?, ?> staged : transaction.writes.values()) {
        staged.apply();
      }
      committed.accept(List.copyOf(transaction.events));
    } finally {
      write.unlock();
    }
  }

  /** The writes and events of one transaction, seen only by the thread running it. */
  static final class Transaction {
    private final LinkedHashMap<WriteKey, StagedWrite<?, ?>> writes = new LinkedHashMap<>();
    private final List<CrmEvent> events = new ArrayList<>();

    /** The write staged for a record of a store, if any. */
    @SuppressWarnings("unchecked")
    <I extends AggregateId, A extends Aggregate<I>> Optional<StagedWrite<I, A>> staged(
        InMemoryStore<I, A> store, I id) {
      return Optional.ofNullable((StagedWrite<I, A>) writes.get(new WriteKey(store, id)));
    }

    /** Every write staged for records of a store, in the order first staged. */
    @SuppressWarnings("unchecked")
    <I extends AggregateId, A extends Aggregate<I>> List<StagedWrite<I, A>> stagedIn(
        InMemoryStore<I, A> store) {
      List<StagedWrite<I, A>> found = new ArrayList<>();
      for (StagedWrite<?, ?> staged : writes.values()) {
        if (staged.store() == store) {
          found.add((StagedWrite<I, A>) staged);
        }
      }
      return found;
    }

    /** Stages a write, replacing an earlier one for the same record. */
    void stage(StagedWrite<?, ?> write) {
      writes.put(new WriteKey(write.store(), write.id()), write);
    }

    /** Buffers an event until commit. */
    void publish(CrmEvent event) {
      events.add(event);
    }

    Savepoint savepoint() {
      return new Savepoint(new LinkedHashMap<>(writes), events.size());
    }

    void rollbackTo(Savepoint savepoint) {
      writes.clear();
      writes.putAll(savepoint.writes());
      events.subList(savepoint.eventCount(), events.size()).clear();
    }

    /** The state of a transaction when a nested call began. */
    record Savepoint(Map<WriteKey, StagedWrite<?, ?>> writes, int eventCount) {}
  }

  /** A record of a store; stores compare by identity. */
  record WriteKey(InMemoryStore<?, ?> store, AggregateId id) {}
}
