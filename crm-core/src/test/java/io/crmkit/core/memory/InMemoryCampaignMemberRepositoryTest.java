package io.crmkit.core.memory;

import io.crmkit.core.fixtures.CampaignMemberRepositoryContract;

/** The campaign member repository contract, run on the in-memory adapter. */
class InMemoryCampaignMemberRepositoryTest extends CampaignMemberRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.campaignMembers(), crm.unitOfWork());
  }
}
