package io.crmkit.core.memory;

import io.crmkit.core.id.PriceBookId;
import io.crmkit.core.port.PriceBookRepository;
import io.crmkit.core.product.PriceBook;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link PriceBookRepository}: price books indexed by folded name and by currency. */
final class InMemoryPriceBookRepository implements PriceBookRepository {
  private static final NaturalKey<PriceBook, String> NAME =
      NaturalKey.of("name", book -> PriceBookRepository.nameKey(book.name()));
  private static final NaturalKey<PriceBook, Currency> CURRENCY = NaturalKey.of("currency", PriceBook::currency);

  private final InMemoryStore<PriceBookId, PriceBook> store;

  InMemoryPriceBookRepository(InMemoryCrm crm) {
    this.store = crm.newStore(PriceBook::withVersion, List.of(NAME, CURRENCY));
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
    return store.findBy(CURRENCY, currency);
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
