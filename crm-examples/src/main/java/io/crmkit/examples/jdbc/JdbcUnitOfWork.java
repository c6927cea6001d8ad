package io.crmkit.examples.jdbc;

import io.crmkit.core.port.UnitOfWork;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The JDBC {@link UnitOfWork}: one database transaction on the calling thread, joined at a
 * savepoint by nested calls; after the commit, the outbox is relayed if the transaction wrote
 * events.
 */
final class JdbcUnitOfWork implements UnitOfWork {
  private final Database database;
  private final Runnable relay;

  /**
   * Makes the unit of work.
   *
   * @param relay relays the outbox, run after a commit that wrote events
   */
  JdbcUnitOfWork(Database database, Runnable relay) {
    this.database = database;
    this.relay = relay;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    return database.inTransaction(work, relay);
  }
}
