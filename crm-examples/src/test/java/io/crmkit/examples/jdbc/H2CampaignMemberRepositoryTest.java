package io.crmkit.examples.jdbc;

import io.crmkit.core.fixtures.CampaignMemberRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign member repository contract, run on the JDBC adapter over H2. */
class H2CampaignMemberRepositoryTest extends CampaignMemberRepositoryContract {
  @RegisterExtension final FreshCrm database = FreshCrm.onH2();

  @Override
  protected Adapter emptyAdapter() {
    return new Adapter(database.crm().campaignMembers(), database.crm().unitOfWork());
  }
}
