package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.ContactRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contact repository contract, run on the JDBC adapter over H2. */
class H2ContactRepositoryTest extends ContactRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().contacts(), database.crm().unitOfWork());
  }
}
