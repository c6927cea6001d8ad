package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.ActivityRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The activity repository contract, run on the JDBC adapter over a PostgreSQL server; skipped when the
 * server cannot start.
 */
class PostgresActivityRepositoryTest extends ActivityRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onPostgres();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().activities(), database.crm().unitOfWork());
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
