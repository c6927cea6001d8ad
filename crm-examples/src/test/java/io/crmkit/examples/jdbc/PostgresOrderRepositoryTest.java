package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.OrderRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The order repository contract, run on the JDBC adapter over a PostgreSQL server; skipped when the
 * server cannot start.
 */
class PostgresOrderRepositoryTest extends OrderRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onPostgres();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().orders(), database.crm().unitOfWork());
  }

  @Override
  protected int concurrentThreads() {
    return PostgresLoad.THREADS;
  }

  @Override
  protected int savesPerThread() {
    return PostgresLoad.SAVES_PER_THREAD;
  }
}
