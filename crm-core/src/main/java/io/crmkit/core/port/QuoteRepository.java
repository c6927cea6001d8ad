package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.quote.Quote;
import java.util.List;
import java.util.Optional;

/**
 * Stores quotes. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface QuoteRepository {
  /** The quote with this id, if stored. */
  Optional<Quote> findById(QuoteId id);

  /**
   * The quote with this number, compared as {@link Quote} normalises it.
   *
   * @throws CrmValidationException when the number is blank
   */
  Optional<Quote> findByNumber(String quoteNumber);

  /** The quotes to this account. */
  List<Quote> findByAccount(AccountId accountId);

  /** The quotes made for this opportunity. */
  List<Quote> findByOpportunity(OpportunityId opportunityId);

  /**
   * Stores the quote and returns the stored copy, whose version is one more than the given one.
   * A new quote must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  Quote save(Quote quote);

  /**
   * Stores the quotes in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. A quote may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one quote
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the quotes between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first quote whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<Quote> saveAll(List<Quote> quotes) {
    return SaveInTurn.saveAll(quotes, this::findById, this::save);
  }
}
