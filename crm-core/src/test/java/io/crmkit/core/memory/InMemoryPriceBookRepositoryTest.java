package io.crmkit.core.memory;

import io.crmkit.core.fixtures.PriceBookRepositoryContract;

/** The price book repository contract, run on the in-memory adapter. */
class InMemoryPriceBookRepositoryTest extends PriceBookRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.priceBooks(), crm.unitOfWork());
  }
}
