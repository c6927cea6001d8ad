package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.QuoteRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quote repository contract, run on the JDBC adapter over H2. */
class H2QuoteRepositoryTest extends QuoteRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().quotes(), database.crm().unitOfWork());
  }
}
