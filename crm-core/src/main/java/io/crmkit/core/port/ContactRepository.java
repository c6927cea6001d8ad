package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.util.List;
import java.util.Optional;

/**
 * Stores contacts. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface ContactRepository {
  /** The contact with this id, if stored. */
  Optional<Contact> findById(ContactId id);

  /** The contact with this e-mail address among its addresses, if any; when duplicates share one, the first created. */
  Optional<Contact> findByEmail(EmailAddress email);

  /** The contacts with this phone number among their numbers. */
  List<Contact> findByPhone(PhoneNumber phone);

  /** The contacts linked to this account. */
  List<Contact> findByAccount(AccountId accountId);

  /**
   * Stores the contact and returns the stored copy, whose version is one more than the given one.
   * A new contact must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  Contact save(Contact contact);
}
