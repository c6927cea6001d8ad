package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.CampaignRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign repository contract, run on the JDBC adapter over H2. */
class H2CampaignRepositoryTest extends CampaignRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().campaigns(), database.crm().unitOfWork());
  }
}
