package io.crmkit.core.memory;

import io.crmkit.core.fixtures.LeadRepositoryContract;

/** The lead repository contract, run on the in-memory adapter. */
class InMemoryLeadRepositoryTest extends LeadRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.leads(), crm.unitOfWork());
  }
}
