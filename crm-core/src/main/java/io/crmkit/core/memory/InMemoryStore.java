package io.crmkit.core.memory;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.memory.InMemoryTransactions.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * A thread-safe, versioned map of aggregates by id, indexed by natural keys, that takes part in its
 * {@link InMemoryCrm}'s transactions. The in-memory repositories are thin wrappers around one.
 *
 * <p>Outside a transaction {@link #save} is an atomic compare-and-set on the version. Inside one,
 * saves are staged: the thread running it reads them back, other threads do not see them until the
 * commit. Lists are ordered by {@link Aggregate#createdAt()}, then by id.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public final class InMemoryStore<I extends AggregateId, A extends Aggregate<I>> {
  private static final Comparator<Aggregate<?>> ORDER =
      Comparator.<Aggregate<?>, Instant>comparing(Aggregate::createdAt)
          .thenComparing(a -> a.id().value());

  private final InMemoryTransactions transactions;
  private final Versioner<A> versioner;
  private final List<NaturalKey<A, ?>> keys;
  // Guarded by the transactions' lock: read lock to read, write lock to change.
  private final Map<I, A> records = new HashMap<>();
  private final Map<NaturalKey<A, ?>, Map<Object, Set<I>>> indexes = new HashMap<>();

  InMemoryStore(InMemoryTransactions transactions, Versioner<A> versioner, List<NaturalKey<A, ?>> keys) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.versioner = Objects.requireNonNull(versioner, "versioner");
    this.keys = List.copyOf(keys);
    for (NaturalKey<A, ?> key : this.keys) {
      indexes.put(key, new HashMap<>());
    }
  }

  /** The record with this id, as this thread sees it (its own staged save first). */
  public Optional<A> findById(I id) {
    Objects.requireNonNull(id, "id");
    Optional<Transaction> transaction = transactions.current();
    if (transaction.isPresent()) {
      Optional<StagedWrite<I, A>> staged = transaction.get().staged(this, id);
      if (staged.isPresent()) {
        return Optional.of(staged.get().value());
      }
    }
    Lock read = transactions.readLock();
    read.lock();
    try {
      return Optional.ofNullable(records.get(id));
    } finally {
      read.unlock();
    }
  }

  /**
   * The records with this value of a natural key, as this thread sees them.
   *
   * @throws IllegalArgumentException when the key is not one this store indexes
   */
  public <K> List<A> findBy(NaturalKey<A, K> key, K value) {
    Objects.requireNonNull(value, "value");
    Map<I, A> found = new LinkedHashMap<>();
    Lock read = transactions.readLock();
    read.lock();
    try {
      Map<Object, Set<I>> index = indexes.get(key);
      if (index == null) {
        throw new IllegalArgumentException("not an indexed key of this store: " + key);
      }
      for (I id : index.getOrDefault(value, Set.of())) {
        found.put(id, records.get(id));
      }
    } finally {
      read.unlock();
    }
    transactions.current().ifPresent(transaction -> {
      for (StagedWrite<I, A> staged : transaction.stagedIn(this)) {
        if (key.valuesOf(staged.value()).contains(value)) {
          found.put(staged.id(), staged.value());
        } else {
          found.remove(staged.id());
        }
      }
    });
    return sorted(found.values());
  }

  /** The first created record with this value of a natural key, as this thread sees it. */
  public <K> Optional<A> findFirstBy(NaturalKey<A, K> key, K value) {
    return findBy(key, value).stream().findFirst();
  }

  /** Every record, as this thread sees it. */
  public List<A> findAll() {
    Map<I, A> found;
    Lock read = transactions.readLock();
    read.lock();
    try {
      found = new LinkedHashMap<>(records);
    } finally {
      read.unlock();
    }
    transactions.current().ifPresent(transaction -> {
      for (StagedWrite<I, A> staged : transaction.stagedIn(this)) {
        found.put(staged.id(), staged.value());
      }
    });
    return sorted(found.values());
  }

  /**
   * Saves the aggregate and returns the copy stored, at the next version: stored at once outside a
   * transaction, staged until commit inside one.
   *
   * @throws ConcurrentUpdateException when the version is not the one this thread sees stored (or
   *     the aggregate is new and its version is not 0); nothing is written
   */
  public A save(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    A next = versioner.withVersion(aggregate, aggregate.version() + 1);
    Optional<Transaction> transaction = transactions.current();
    if (transaction.isPresent()) {
      stage(transaction.get(), aggregate, next);
      return next;
    }
    Lock write = transactions.writeLock();
    write.lock();
    try {
      checkCommitted(aggregate, aggregate.version());
      putCommitted(next);
    } finally {
      write.unlock();
    }
    return next;
  }

  /**
   * Saves the aggregates in order, all or none, and returns the copies stored, each at its next
   * version: stored at once outside a transaction, staged until commit inside one. An aggregate
   * may appear more than once, each copy at the version the one before it stores.
   *
   * @throws ConcurrentUpdateException for the first aggregate whose version is not the one this
   *     thread sees stored (or stored by the batch before it); nothing is written
   */
  public List<A> saveAll(List<A> aggregates) {
    List<A> batch = List.copyOf(aggregates);
    List<A> next = new ArrayList<>(batch.size());
    for (A aggregate : batch) {
      next.add(versioner.withVersion(aggregate, aggregate.version() + 1));
    }
    Optional<Transaction> transaction = transactions.current();
    // the read lock keeps commits out between the check and the staging; the write lock, other saves too
    Lock lock = transaction.isPresent() ? transactions.readLock() : transactions.writeLock();
    lock.lock();
    try {
      Map<I, Long> versionAfterEarlierSaves = new HashMap<>();
      for (A aggregate : batch) {
        Long earlier = versionAfterEarlierSaves.get(aggregate.id());
        long current = earlier != null ? earlier : versionSeen(transaction, aggregate.id());
        boolean matches = current < 0 ? aggregate.version() == 0 : aggregate.version() == current;
        if (!matches) {
          throw conflict(aggregate, aggregate.version(), current);
        }
        versionAfterEarlierSaves.put(aggregate.id(), aggregate.version() + 1);
      }
      for (int i = 0; i < batch.size(); i++) {
        if (transaction.isPresent()) {
          stage(transaction.get(), batch.get(i), next.get(i));
        } else {
          putCommitted(next.get(i));
        }
      }
    } finally {
      lock.unlock();
    }
    return List.copyOf(next);
  }

  /** The version of a record this thread sees: its own staged one, else the stored one; -1 for none. Needs a lock. */
  private long versionSeen(Optional<Transaction> transaction, I id) {
    if (transaction.isPresent()) {
      Optional<StagedWrite<I, A>> staged = transaction.get().staged(this, id);
      if (staged.isPresent()) {
        return staged.get().value().version();
      }
    }
    A stored = records.get(id);
    return stored == null ? -1 : stored.version();
  }

  private void stage(Transaction transaction, A aggregate, A next) {
    Optional<StagedWrite<I, A>> earlier = transaction.staged(this, aggregate.id());
    if (earlier.isPresent()) {
      long staged = earlier.get().value().version();
      if (staged != aggregate.version()) {
        throw conflict(aggregate, aggregate.version(), staged);
      }
      transaction.stage(new StagedWrite<>(this, next, earlier.get().baseVersion()));
      return;
    }
    Lock read = transactions.readLock();
    read.lock();
    try {
      checkCommitted(aggregate, aggregate.version());
    } finally {
      read.unlock();
    }
    transaction.stage(new StagedWrite<>(this, next, aggregate.version()));
  }

  /**
   * Fails unless the stored record is at {@code version}, or absent and {@code version} is 0. Needs
   * a lock.
   */
  void checkCommitted(A aggregate, long version) {
    A stored = records.get(aggregate.id());
    long actual = stored == null ? -1 : stored.version();
    boolean matches = stored == null ? version == 0 : actual == version;
    if (!matches) {
      throw conflict(aggregate, version, actual);
    }
  }

  /** Stores the copy and re-indexes it. Needs the write lock. */
  void putCommitted(A value) {
    A previous = records.put(value.id(), value);
    for (NaturalKey<A, ?> key : keys) {
      Map<Object, Set<I>> index = indexes.get(key);
      if (previous != null) {
        for (Object old : key.valuesOf(previous)) {
          Set<I> ids = index.get(old);
          ids.remove(previous.id());
          if (ids.isEmpty()) {
            index.remove(old);
          }
        }
      }
      for (Object current : key.valuesOf(value)) {
        index.computeIfAbsent(current, k -> new HashSet<>()).add(value.id());
      }
    }
  }

  private static ConcurrentUpdateException conflict(Aggregate<?> aggregate, long expected, long actual) {
    return new ConcurrentUpdateException(aggregate.recordType(), aggregate.id().value(), expected, actual);
  }

  private List<A> sorted(Collection<A> values) {
    List<A> list = new ArrayList<>(values);
    list.sort(ORDER);
    return List.copyOf(list);
  }
}
