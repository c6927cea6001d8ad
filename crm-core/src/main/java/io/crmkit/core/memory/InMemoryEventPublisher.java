package io.crmkit.core.memory;

import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.port.CrmEventHistory;
import io.crmkit.core.port.CrmEventPublisher;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The in-memory {@link CrmEventPublisher}: delivers events to subscribers in the calling process and
 * keeps every delivered event for inspection, also by aggregate (its {@link InMemoryCrm#eventHistory()}).
 * Thread-safe.
 *
 * <p>Events published inside a transaction of its {@link InMemoryCrm} are delivered after the commit,
 * in the order published; outside one, at once. Batches are delivered one at a time in commit
 * order, each to every subscriber in the order they subscribed. An event published by a subscriber
 * while it handles an event is delivered after the batch being delivered.
 *
 * <p>A subscriber that throws does not undo the commit nor stop delivery: the other subscribers and
 * the rest of the events are still delivered, then the first exception is rethrown, with any later
 * ones suppressed, to the thread delivering.
 */
public final class InMemoryEventPublisher implements CrmEventPublisher {
  private final InMemoryTransactions transactions;
  private final List<Consumer<? super CrmEvent>> subscribers = new CopyOnWriteArrayList<>();
  private final List<CrmEvent> published = new CopyOnWriteArrayList<>();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Queue<List<CrmEvent>> pending = new ConcurrentLinkedQueue<>();
  private final ReentrantLock delivering = new ReentrantLock();

  InMemoryEventPublisher(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  /** Publishes the event: held until commit inside a transaction, delivered at once outside one. */
  @Override
  public void publish(CrmEvent event) {
    Objects.requireNonNull(event, "event");
    var transaction = transactions.current();
    if (transaction.isPresent()) {
      transaction.get().publish(event);
      return;
    }
    enqueue(List.of(event));
    deliverPending();
  }

  /**
   * Adds a subscriber that receives every event delivered from now on.
   *
   * @return a handle that removes the subscriber
   */
  public Subscription subscribe(Consumer<? super CrmEvent> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Consumer<? super CrmEvent> entry = subscriber::accept;
    subscribers.add(entry);
    return () -> subscribers.remove(entry);
  }

  /** Every event delivered so far, in delivery order; an immutable copy. */
  public List<CrmEvent> published() {
    return List.copyOf(published);
  }

  /** The events delivered so far, by the aggregate they happened to. */
  CrmEventHistory history() {
    return history;
  }

  /** Queues a committed batch. Called under the write lock, so batches queue in commit order. */
  void enqueue(List<CrmEvent> batch) {
    if (!batch.isEmpty()) {
      pending.add(batch);
    }
  }

  /** Delivers every queued batch, unless this thread is delivering already (it will reach them). */
  void deliverPending() {
    if (delivering.isHeldByCurrentThread()) {
      return;
    }
    delivering.lock();
    try {
      RuntimeException failure = null;
      for (List<CrmEvent> batch = pending.poll(); batch != null; batch = pending.poll()) {
        for (CrmEvent event : batch) {
          published.add(event);
          history.record(event);
          for (Consumer<? super CrmEvent> subscriber : subscribers) {
            try {
              subscriber.accept(event);
            } catch (RuntimeException e) {
              if (failure == null) {
                failure = e;
              } else {
                failure.addSuppressed(e);
              }
            }
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      delivering.unlock();
    }
  }

  /** A subscription, cancelled by {@link #cancel()}. */
  @FunctionalInterface
  public interface Subscription {
    /** Stops delivering to the subscriber; events already being delivered may still reach it. */
    void cancel();
  }
}
