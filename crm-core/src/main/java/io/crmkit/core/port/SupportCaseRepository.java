package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.support.SupportCase;
import java.util.List;
import java.util.Optional;

/**
 * Stores support cases. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface SupportCaseRepository {
  /** The support case with this id, if stored. */
  Optional<SupportCase> findById(CaseId id);

  /**
   * The case with this number, compared as {@link SupportCase} normalises it.
   *
   * @throws CrmValidationException when the number is blank
   */
  Optional<SupportCase> findByNumber(String caseNumber);

  /** The cases of this account. */
  List<SupportCase> findByAccount(AccountId accountId);

  /** The cases raised by this contact. */
  List<SupportCase> findByContact(ContactId contactId);

  /**
   * Stores the support case and returns the stored copy, whose version is one more than the given one.
   * A new support case must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  SupportCase save(SupportCase supportCase);

  /**
   * Stores the support cases in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. A support case may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one support case
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the support cases between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first support case whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<SupportCase> saveAll(List<SupportCase> supportCases) {
    return SaveInTurn.saveAll(supportCases, this::findById, this::save);
  }
}
