package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import java.util.List;
import java.util.Optional;

/**
 * Stores activities. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface ActivityRepository {
  /** The activity with this id, if stored. */
  Optional<Activity> findById(ActivityId id);

  /** The activities related to this contact. */
  List<Activity> findByContact(ContactId contactId);

  /** The activities related to this account. */
  List<Activity> findByAccount(AccountId accountId);

  /** The activities related to this lead. */
  List<Activity> findByLead(LeadId leadId);

  /** The activities related to this opportunity. */
  List<Activity> findByOpportunity(OpportunityId opportunityId);

  /** The activities related to this support case. */
  List<Activity> findByCase(CaseId caseId);

  /**
   * Stores the activity and returns the stored copy, whose version is one more than the given one.
   * A new activity must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  Activity save(Activity activity);

  /**
   * Stores the activities in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. An activity may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one activity
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the activities between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first activity whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<Activity> saveAll(List<Activity> activities) {
    return SaveInTurn.saveAll(activities, this::findById, this::save);
  }
}
