package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.AccountRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account repository contract, run on the JDBC adapter over H2. */
class H2AccountRepositoryTest extends AccountRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().accounts(), database.crm().unitOfWork());
  }
}
