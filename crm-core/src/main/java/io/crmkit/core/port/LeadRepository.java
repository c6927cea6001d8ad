package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.value.EmailAddress;
import java.util.List;
import java.util.Optional;

/**
 * Stores leads. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface LeadRepository {
  /** The lead with this id, if stored. */
  Optional<Lead> findById(LeadId id);

  /** The leads with this e-mail address. */
  List<Lead> findByEmail(EmailAddress email);

  /** The leads in this status. */
  List<Lead> findByStatus(LeadStatus status);

  /**
   * Stores the lead and returns the stored copy, whose version is one more than the given one.
   * A new lead must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  Lead save(Lead lead);

  /**
   * Stores the leads in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. A lead may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one lead
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the leads between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first lead whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<Lead> saveAll(List<Lead> leads) {
    return SaveInTurn.saveAll(leads, this::findById, this::save);
  }
}
