package io.crmkit.core.memory;

import io.crmkit.core.fixtures.SupportCaseRepositoryContract;

/** The support case repository contract, run on the in-memory adapter. */
class InMemorySupportCaseRepositoryTest extends SupportCaseRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.supportCases(), crm.unitOfWork());
  }
}
