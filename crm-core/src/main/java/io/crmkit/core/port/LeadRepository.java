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
}
