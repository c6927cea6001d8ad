package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.OrderRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The order repository contract, run on the JDBC adapter over H2. */
class H2OrderRepositoryTest extends OrderRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().orders(), database.crm().unitOfWork());
  }
}
