package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.SupportCaseRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The support case repository contract, run on the JDBC adapter over a PostgreSQL server; skipped when the
 * server cannot start.
 */
class PostgresSupportCaseRepositoryTest extends SupportCaseRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onPostgres();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().supportCases(), database.crm().unitOfWork());
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
