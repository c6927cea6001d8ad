package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.ActivityRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The activity repository contract, run on the JDBC adapter over H2. */
class H2ActivityRepositoryTest extends ActivityRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().activities(), database.crm().unitOfWork());
  }
}
