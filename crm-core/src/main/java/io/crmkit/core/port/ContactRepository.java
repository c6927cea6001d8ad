package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /**
   * The contact each of these e-mail addresses finds, as {@link #findByEmail} finds it, by address;
   * addresses no contact has are left out. For a batch of look-ups, such as an import's check for
   * duplicates: the default looks the addresses up one by one, a store that finds many at once in
   * one query overrides it, as the JDBC repository does.
   */
  default Map<EmailAddress, Contact> findByEmails(Collection<EmailAddress> emails) {
    Map<EmailAddress, Contact> found = new HashMap<>();
    for (EmailAddress email : Set.copyOf(emails)) {
      findByEmail(email).ifPresent(contact -> found.put(email, contact));
    }
    return Map.copyOf(found);
  }

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

  /**
   * Stores the contacts in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. A contact may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one contact
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the contacts between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first contact whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<Contact> saveAll(List<Contact> contacts) {
    return SaveInTurn.saveAll(contacts, this::findById, this::save);
  }
}
