package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.PriceBookRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The price book repository contract, run on the JDBC adapter over H2. */
class H2PriceBookRepositoryTest extends PriceBookRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().priceBooks(), database.crm().unitOfWork());
  }
}
