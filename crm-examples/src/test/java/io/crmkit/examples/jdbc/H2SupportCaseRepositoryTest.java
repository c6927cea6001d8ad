package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.SupportCaseRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The support case repository contract, run on the JDBC adapter over H2. */
class H2SupportCaseRepositoryTest extends SupportCaseRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().supportCases(), database.crm().unitOfWork());
  }
}
