package io.crmkit.core.memory;

import io.crmkit.core.fixtures.ContactRepositoryContract;

/** The contact repository contract, run on the in-memory adapter. */
class InMemoryContactRepositoryTest extends ContactRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.contacts(), crm.unitOfWork());
  }
}
