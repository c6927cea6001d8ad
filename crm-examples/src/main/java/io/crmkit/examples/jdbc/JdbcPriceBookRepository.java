package io.crmkit.examples.jdbc;

import io.crmkit.core.id.PriceBookId;
import io.crmkit.core.port.PriceBookRepository;
import io.crmkit.core.product.PriceBook;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The JDBC {@link PriceBookRepository}: table {@code crm_price_book}, looked up by folded name and currency. */
final class JdbcPriceBookRepository implements PriceBookRepository {
  private static final Key.Column<PriceBook> NAME =
      Key.column("name_key", book -> PriceBookRepository.nameKey(book.name()));
  private static final Key.Column<PriceBook> CURRENCY =
      Key.column("currency", book -> book.currency().getCurrencyCode());

  private final JdbcStore<PriceBookId, PriceBook> store;

  JdbcPriceBookRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_price_book", PriceBook.class, PriceBook::withVersion, List.of(NAME, CURRENCY));
  }

  @Override
  public Optional<PriceBook> findById(PriceBookId id) {
    return store.findById(id);
  }

  @Override
  public List<PriceBook> findByName(String name) {
    return store.findBy(NAME, PriceBookRepository.nameKey(name));
  }

  @Override
  public List<PriceBook> findByCurrency(Currency currency) {
    return store.findBy(CURRENCY, Objects.requireNonNull(currency, "currency").getCurrencyCode());
  }

  @Override
  public PriceBook save(PriceBook priceBook) {
    return store.save(priceBook);
  }

  @Override
  public List<PriceBook> saveAll(List<PriceBook> priceBooks) {
    return store.saveAll(priceBooks);
  }
}
