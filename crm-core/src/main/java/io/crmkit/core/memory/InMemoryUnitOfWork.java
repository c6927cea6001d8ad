package io.crmkit.core.memory;

import io.crmkit.core.port.UnitOfWork;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The in-memory {@link UnitOfWork}: stages saves in the running thread's transaction, commits them
 * atomically across every store of its {@link InMemoryCrm}, then delivers the buffered events.
 */
final class InMemoryUnitOfWork implements UnitOfWork {
  private final InMemoryTransactions transactions;
  private final InMemoryEventPublisher publisher;

  InMemoryUnitOfWork(InMemoryTransactions transactions, InMemoryEventPublisher publisher) {
    this.transactions = transactions;
    this.publisher = publisher;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    boolean outermost = transactions.current().isEmpty();
    T result = transactions.inTransaction(work, publisher::enqueue);
    if (outermost) {
      publisher.deliverPending();
    }
    return result;
  }
}
