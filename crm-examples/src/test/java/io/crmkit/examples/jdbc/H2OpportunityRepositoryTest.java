package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.OpportunityRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The opportunity repository contract, run on the JDBC adapter over H2. */
class H2OpportunityRepositoryTest extends OpportunityRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().opportunities(), database.crm().unitOfWork());
  }
}
