package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.CrmEventHistoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The event history contract, run on the JDBC outbox over H2. */
class H2EventHistoryTest extends CrmEventHistoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    JdbcCrm crm = database.crm();
    return new Adapter(crm.publisher(), crm.eventHistory(), crm.unitOfWork());
  }
}
