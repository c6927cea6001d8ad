package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.ProductRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The product repository contract, run on the JDBC adapter over H2. */
class H2ProductRepositoryTest extends ProductRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().products(), database.crm().unitOfWork());
  }
}
