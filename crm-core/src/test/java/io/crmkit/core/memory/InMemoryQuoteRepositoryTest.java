package io.crmkit.core.memory;

import io.crmkit.core.fixtures.QuoteRepositoryContract;

/** The quote repository contract, run on the in-memory adapter. */
class InMemoryQuoteRepositoryTest extends QuoteRepositoryContract {
  @Override
  protected Adapter emptyAdapter() {
    InMemoryCrm crm = InMemoryCrm.create();
    return new Adapter(crm.quotes(), crm.unitOfWork());
  }
}
