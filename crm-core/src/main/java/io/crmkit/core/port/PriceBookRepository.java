package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.PriceBookId;
import io.crmkit.core.internal.Texts;
import io.crmkit.core.product.PriceBook;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stores price books. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface PriceBookRepository {
  /** The price book with this id, if stored. */
  Optional<PriceBook> findById(PriceBookId id);

  /**
   * The price books with this name, ignoring case and runs of white space ({@link #nameKey}).
   *
   * @throws CrmValidationException when the name is blank
   */
  List<PriceBook> findByName(String name);

  /** The price books in this currency. */
  List<PriceBook> findByCurrency(Currency currency);

  /**
   * Stores the price book and returns the stored copy, whose version is one more than the given one.
   * A new price book must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  PriceBook save(PriceBook priceBook);

  /**
   * Stores the price books in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. A price book may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one price book
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the price books between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first price book whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<PriceBook> saveAll(List<PriceBook> priceBooks) {
    return SaveInTurn.saveAll(priceBooks, this::findById, this::save);
  }

  /**
   * The key price book names are compared by: white space folded, lower-cased. An adapter stores it next
   * to the name to look names up.
   *
   * @throws CrmValidationException when the name is blank
   */
  static String nameKey(String name) {
    return Texts.fold(CrmValidationException.requiredText("priceBook.name", name)).toLowerCase(Locale.ROOT);
  }
}
