package io.crmkit.core.memory;

import io.crmkit.core.fixtures.CampaignRepositoryContract;

/** The campaign repository contract, run on the in-memory adapter. */
class InMemoryCampaignRepositoryTest extends CampaignRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.campaigns(), crm.unitOfWork());
  }
}
