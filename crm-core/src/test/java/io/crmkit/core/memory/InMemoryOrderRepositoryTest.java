package io.crmkit.core.memory;

import io.crmkit.core.fixtures.OrderRepositoryContract;

/** The order repository contract, run on the in-memory adapter. */
class InMemoryOrderRepositoryTest extends OrderRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.orders(), crm.unitOfWork());
  }
}
