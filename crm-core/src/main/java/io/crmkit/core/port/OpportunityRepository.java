package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Opportunity;
import java.util.List;
import java.util.Optional;

/**
 * Stores opportunities. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface OpportunityRepository {
  /** The opportunity with this id, if stored. */
  Optional<Opportunity> findById(OpportunityId id);

  /** The opportunities of this account. */
  List<Opportunity> findByAccount(AccountId accountId);

  /** The opportunities in which this contact has a role. */
  List<Opportunity> findByContact(ContactId contactId);

  /** The opportunity a lead was converted into, if any; the first created when several name it. */
  Optional<Opportunity> findBySourceLead(LeadId leadId);

  /**
   * Stores the opportunity and returns the stored copy, whose version is one more than the given one.
   * A new opportunity must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  Opportunity save(Opportunity opportunity);

  /**
   * Stores the opportunities in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. An opportunity may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one opportunity
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the opportunities between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first opportunity whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<Opportunity> saveAll(List<Opportunity> opportunities) {
    return SaveInTurn.saveAll(opportunities, this::findById, this::save);
  }
}
