package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stores accounts. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic: each stored account has a version, and a save is accepted only from a
 * copy read at the stored version. Inside a {@link UnitOfWork} the saves follow its contract.
 * Where several accounts match, lists are ordered by {@link Account#createdAt()}, then by id.
 */
public interface AccountRepository {
  /** The account with this id, if stored. */
  Optional<Account> findById(AccountId id);

  /**
   * The account with this web domain, if any; the domain is normalised first, so
   * {@code https://www.Acme.com/} finds {@code acme.com}. Domains are not unique: when duplicates
   * share one, the first created is returned.
   *
   * @throws CrmValidationException when the text is not a web domain
   */
  Optional<Account> findByDomain(String domain);

  /**
   * The accounts with this name, ignoring case and runs of white space ({@link #nameKey}); several
   * accounts may share a name.
   *
   * @throws CrmValidationException when the name is blank
   */
  List<Account> findByName(String name);

  /**
   * Stores the account and returns the stored copy, whose version is one more than the given one.
   * A new account must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the account is
   *     new and the version is not 0, or it is 0 and the account exists); nothing is written
   */
  Account save(Account account);

  /**
   * Stores the accounts in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. An account may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one account
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the accounts between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first account whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<Account> saveAll(List<Account> accounts) {
    return SaveInTurn.saveAll(accounts, this::findById, this::save);
  }

  /**
   * The key names are compared by: white space folded, lower-cased. An adapter stores it next to
   * the name to look names up.
   *
   * @throws CrmValidationException when the name is blank
   */
  static String nameKey(String name) {
    String folded = Texts.fold(CrmValidationException.requiredText("account.name", name));
    return folded.toLowerCase(Locale.ROOT);
  }
}
