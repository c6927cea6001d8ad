package io.crmkit.examples.jdbc;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.port.QuoteRepository;
import io.crmkit.core.quote.Quote;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The JDBC {@link QuoteRepository}: table {@code crm_quote}, looked up by number, account and opportunity. */
final class JdbcQuoteRepository implements QuoteRepository {
  private static final Key.Column<Quote> NUMBER = Key.column("quote_number", Quote::quoteNumber);
  private static final Key.Column<Quote> ACCOUNT = Key.column("account_id", quote -> quote.accountId().value());
  private static final Key.Column<Quote> OPPORTUNITY =
      Key.optionalColumn("opportunity_id", quote -> quote.opportunityId().map(OpportunityId::value));

  private final JdbcStore<QuoteId, Quote> store;

  JdbcQuoteRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_quote", Quote.class, Quote::withVersion, List.of(NUMBER, ACCOUNT, OPPORTUNITY));
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
    return store.findBy(ACCOUNT, Objects.requireNonNull(accountId, "accountId").value());
  }

  @Override
  public List<Quote> findByOpportunity(OpportunityId opportunityId) {
    return store.findBy(OPPORTUNITY, Objects.requireNonNull(opportunityId, "opportunityId").value());
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
