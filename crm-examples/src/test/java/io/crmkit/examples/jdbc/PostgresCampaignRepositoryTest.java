package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.CampaignRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The campaign repository contract, run on the JDBC adapter over a PostgreSQL server; skipped when the
 * server cannot start.
 */
class PostgresCampaignRepositoryTest extends CampaignRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onPostgres();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().campaigns(), database.crm().unitOfWork());
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
