package io.crmkit.core.memory;

import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link ContactRepository}: contacts indexed by e-mail address, phone number and account. */
final class InMemoryContactRepository implements ContactRepository {
  private static final NaturalKey<Contact, EmailAddress> EMAIL = NaturalKey.many("email", Contact::emails);
  private static final NaturalKey<Contact, PhoneNumber> PHONE = NaturalKey.many("phone", Contact::phones);
  private static final NaturalKey<Contact, AccountId> ACCOUNT = NaturalKey.many("account",
      contact -> contact.accountLinks().stream().map(AccountLink::accountId).toList());

  private final InMemoryStore<ContactId, Contact> store;

  InMemoryContactRepository(InMemoryCrm crm) {
    this.store = crm.newStore(Contact::withVersion, List.of(EMAIL, PHONE, ACCOUNT));
  }

  @Override
  public Optional<Contact> findById(ContactId id) {
    return store.findById(id);
  }

  @Override
  public Optional<Contact> findByEmail(EmailAddress email) {
    return store.findFirstBy(EMAIL, email);
  }

  @Override
  public List<Contact> findByPhone(PhoneNumber phone) {
    return store.findBy(PHONE, phone);
  }

  @Override
  public List<Contact> findByAccount(AccountId accountId) {
    return store.findBy(ACCOUNT, accountId);
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
