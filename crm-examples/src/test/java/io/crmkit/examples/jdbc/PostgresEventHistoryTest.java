package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.CrmEventHistoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The event history contract, run on the JDBC outbox over a PostgreSQL server; skipped when it cannot start. */
class PostgresEventHistoryTest extends CrmEventHistoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onPostgres();

  @Override
  protected Adapter emptyAdapter() {
    JdbcCrm crm = database.crm();
    return new Adapter(crm.publisher(), crm.eventHistory(), crm.unitOfWork());
  }
}
