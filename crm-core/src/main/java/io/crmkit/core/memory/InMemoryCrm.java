package io.crmkit.core.memory;

import io.crmkit.core.Aggregate;
import io.crmkit.core.AggregateId;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.UnitOfWork;
import java.util.List;

/**
 * An in-memory CRM: the unit of work, event publisher and repositories that share one transaction
 * coordinator, so a transaction spans all of them. For tests, demos and small hosts; thread-safe.
 *
 * <pre>{@code
 * InMemoryCrm crm = InMemoryCrm.create();
 * crm.unitOfWork().run(() -> {
 *   Account saved = crm.accounts().save(account);
 *   crm.publisher().publish(new AccountCreated(eventId, saved.id(), saved.version(), now));
 * });
 * }</pre>
 */
public final class InMemoryCrm {
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryEventPublisher publisher = new InMemoryEventPublisher(transactions);
  private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(transactions, publisher);
  private final AccountRepository accounts;

  private InMemoryCrm() {
    this.accounts = new InMemoryAccountRepository(this);
  }

  /** A new, empty in-memory CRM. */
  public static InMemoryCrm create() {
    return new InMemoryCrm();
  }

  /** The unit of work over every repository and the publisher of this CRM. */
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /** The event publisher; its events inside a transaction are delivered after the commit. */
  public InMemoryEventPublisher publisher() {
    return publisher;
  }

  /** The accounts. */
  public AccountRepository accounts() {
    return accounts;
  }

  /**
   * A new, empty store that takes part in this CRM's transactions: the ground of an in-memory
   * repository, here or in another module.
   *
   * @param versioner sets an aggregate's version, such as {@code Account::withVersion}
   * @param keys the natural keys to index records by
   */
  public <I extends AggregateId, A extends Aggregate<I>> InMemoryStore<I, A> newStore(
      Versioner<A> versioner, List<NaturalKey<A, ?>> keys) {
    return new InMemoryStore<>(transactions, versioner, keys);
  }
}
