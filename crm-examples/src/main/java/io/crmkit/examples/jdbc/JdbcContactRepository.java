package io.crmkit.examples.jdbc;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The JDBC {@link ContactRepository}: table {@code crm_contact}, with a contact's e-mail addresses
 * and phone numbers in look-up tables written in key order ({@link Key#inKeyOrder}), and its first
 * account in a column of its own with any others in a side table, to look contacts up by. Batches
 * of contacts and of e-mail look-ups take one round of statements each.
 */
final class JdbcContactRepository implements ContactRepository {
  private static final Key.SideTable<Contact> EMAIL =
      Key.inKeyOrder("crm_contact_email", "contact_id", "email",
          contact -> Key.texts(contact.emails(), EmailAddress::value));
  private static final Key.SideTable<Contact> PHONE =
      Key.inKeyOrder("crm_contact_phone", "contact_id", "phone",
          contact -> Key.texts(contact.phones(), PhoneNumber::value));
  private static final Key.SideTable<Contact> ACCOUNT =
      Key.firstInColumn("first_account_id", "crm_contact_account", "contact_id", "account_id",
          contact -> Key.texts(contact.accountLinks(), link -> link.accountId().value()));

  private final JdbcStore<ContactId, Contact> store;

  JdbcContactRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_contact", Contact.class, Contact::withVersion, List.of(EMAIL, PHONE, ACCOUNT));
  }

  @Override
  public Optional<Contact> findById(ContactId id) {
    return store.findById(id);
  }

  @Override
  public Optional<Contact> findByEmail(EmailAddress email) {
    return store.findFirstBy(EMAIL, Objects.requireNonNull(email, "email").value());
  }

  @Override
  public Map<EmailAddress, Contact> findByEmails(Collection<EmailAddress> emails) {
    Set<EmailAddress> wanted = Set.copyOf(emails);
    Map<String, Contact> byValue = store.findFirstByEach(EMAIL, wanted.stream().map(EmailAddress::value).toList());
    Map<EmailAddress, Contact> found = new HashMap<>();
    for (EmailAddress email : wanted) {
      Contact contact = byValue.get(email.value());
      if (contact != null) {
        found.put(email, contact);
      }
    }
    return Map.copyOf(found);
  }

  @Override
  public List<Contact> findByPhone(PhoneNumber phone) {
    return store.findBy(PHONE, Objects.requireNonNull(phone, "phone").value());
  }

  @Override
  public List<Contact> findByAccount(AccountId accountId) {
    return store.findBy(ACCOUNT, Objects.requireNonNull(accountId, "accountId").value());
  }

  @Override
  public Contact save(Contact contact) {
    return store.save(contact);
  }

  @Override
  public List<Contact> saveAll(List<Contact> contacts) {
    return store.saveAll(contacts);
  }
}
