package io.crmkit.core.memory;

import io.crmkit.core.fixtures.OpportunityRepositoryContract;

/** The opportunity repository contract, run on the in-memory adapter. */
class InMemoryOpportunityRepositoryTest extends OpportunityRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.opportunities(), crm.unitOfWork());
  }
}
