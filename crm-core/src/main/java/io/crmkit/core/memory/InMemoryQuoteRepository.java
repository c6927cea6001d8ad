package io.crmkit.core.memory;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.port.QuoteRepository;
import io.crmkit.core.quote.Quote;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link QuoteRepository}: quotes indexed by number, account and opportunity. */
final class InMemoryQuoteRepository implements QuoteRepository {
  private static final NaturalKey<Quote, String> NUMBER = NaturalKey.of("number", Quote::quoteNumber);
  private static final NaturalKey<Quote, AccountId> ACCOUNT = NaturalKey.of("account", Quote::accountId);
  private static final NaturalKey<Quote, OpportunityId> OPPORTUNITY =
      NaturalKey.optional("opportunity", Quote::opportunityId);

  private final InMemoryStore<QuoteId, Quote> store;

  InMemoryQuoteRepository(InMemoryCrm crm) {
    this.store = crm.newStore(Quote::withVersion, List.of(NUMBER, ACCOUNT, OPPORTUNITY));
  }

  @Override
  public Optional<Quote> findById(QuoteId id) {
    return store.findById(id);
  }

  @Override
  public Optional<Quote> findByNumber(String quoteNumber) {
    return store.findFirstBy(NUMBER, Quote.normaliseQuoteNumber(quoteNumber));
  }

  @Override
  public List<Quote> findByAccount(AccountId accountId) {
    return store.findBy(ACCOUNT, accountId);
  }

  @Override
  public List<Quote> findByOpportunity(OpportunityId opportunityId) {
    return store.findBy(OPPORTUNITY, opportunityId);
  }

  @Override
  public Quote save(Quote quote) {
    return store.save(quote);
  }

  @Override
  public List<Quote> saveAll(List<Quote> quotes) {
    return store.saveAll(quotes);
  }
}
