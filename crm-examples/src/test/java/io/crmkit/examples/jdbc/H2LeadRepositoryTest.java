package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.LeadRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lead repository contract, run on the JDBC adapter over H2. */
class H2LeadRepositoryTest extends LeadRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().leads(), database.crm().unitOfWork());
  }
}
