package io.crmkit.core.memory;

import io.crmkit.core.fixtures.ActivityRepositoryContract;

/** The activity repository contract, run on the in-memory adapter. */
class InMemoryActivityRepositoryTest extends ActivityRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.activities(), crm.unitOfWork());
  }
}
