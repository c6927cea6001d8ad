package io.crmkit.core.memory;

import io.crmkit.core.fixtures.AccountRepositoryContract;

/** The account repository contract, run on the in-memory adapter. */
class InMemoryAccountRepositoryTest extends AccountRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.accounts(), crm.unitOfWork());
  }
}
