package io.crmkit.core.memory;

import io.crmkit.core.fixtures.ProductRepositoryContract;

/** The product repository contract, run on the in-memory adapter. */
class InMemoryProductRepositoryTest extends ProductRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.products(), crm.unitOfWork());
  }
}
