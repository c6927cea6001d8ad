package io.crmkit.examples.csv;

import com.fasterxml.jackson.databind.JavaType;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.conversion.ConversionRequest;
import io.crmkit.core.event.ContactChanged;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.ContactLifecycleStageChanged;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.port.IdGenerator;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Contacts in rows. The columns are listed in the package documentation. */
final class ContactFormat extends RecordFormat<Contact> {
  static final String FIRST_NAME = "first_name";
  static final String MIDDLE_NAME = "middle_name";
  static final String LAST_NAME = "last_name";
  static final String JOB_TITLE = "job_title";
  static final String EMAIL = "email";
  static final String OTHER_EMAILS = "other_emails";
  static final String PHONE = "phone";
  static final String OTHER_PHONES = "other_phones";
  static final String POSTAL_ADDRESSES = "postal_addresses";
  static final String ACCOUNT_LINKS = "account_links";
  static final String ACCOUNT_ID = "account_id";
  static final String ACCOUNT_DOMAIN = "account_domain";
  static final String ACCOUNT_ROLE = "account_role";
  static final String LIFECYCLE_STAGE = "lifecycle_stage";
  static final String CONSENT = "consent";
  static final String ATTRIBUTION = "attribution";
  static final String MERGED_INTO = "merged_into";

  private static final List<String> COLUMNS = List.of(ID, FIRST_NAME, MIDDLE_NAME, LAST_NAME, JOB_TITLE, EMAIL,
      OTHER_EMAILS, PHONE, OTHER_PHONES, POSTAL_ADDRESSES, ACCOUNT_LINKS, ACCOUNT_ID, ACCOUNT_DOMAIN, ACCOUNT_ROLE,
      LIFECYCLE_STAGE, OWNER_ID, CONSENT, ATTRIBUTION, MERGED_INTO, CREATED_AT, UPDATED_AT);
  private static final JavaType ADDRESSES =
      Cells.JSON.getTypeFactory().constructCollectionType(List.class, PostalAddress.class);
  private static final JavaType LINKS =
      Cells.JSON.getTypeFactory().constructCollectionType(List.class, AccountLink.class);
  private static final JavaType LEDGER = Cells.JSON.getTypeFactory().constructType(ConsentLedger.class);
  private static final JavaType ATTRIBUTION_TYPE = Cells.JSON.getTypeFactory().constructType(Attribution.class);

  @Override
  String recordType() {
    return "Contact";
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  Set<String> importOnlyColumns() {
    return Set.of(ACCOUNT_ID, ACCOUNT_DOMAIN, ACCOUNT_ROLE);
  }

  @Override
  Set<String> jsonColumns() {
    return Set.of(POSTAL_ADDRESSES, ACCOUNT_LINKS, CONSENT, ATTRIBUTION);
  }

  @Override
  Set<String> identifyingColumns() {
    return Set.of(ID, EMAIL, OTHER_EMAILS);
  }

  @Override
  List<Set<String>> requiredColumns() {
    return List.of(Set.of(FIRST_NAME, LAST_NAME, EMAIL));
  }

  @Override
  Map<String, String> write(Contact contact) {
    Map<String, String> cells = new HashMap<>();
    writeCommon(cells, contact);
    cells.put(FIRST_NAME, text(contact.firstName()));
    cells.put(MIDDLE_NAME, text(contact.middleName()));
    cells.put(LAST_NAME, text(contact.lastName()));
    cells.put(JOB_TITLE, text(contact.jobTitle()));
    List<String> emails = contact.emails().stream().map(EmailAddress::value).toList();
    cells.put(EMAIL, emails.isEmpty() ? "" : emails.get(0));
    cells.put(OTHER_EMAILS, emails.size() < 2 ? "" : Cells.joinList(emails.subList(1, emails.size())));
    List<String> phones = contact.phones().stream().map(PhoneNumber::value).toList();
    cells.put(PHONE, phones.isEmpty() ? "" : phones.get(0));
    cells.put(OTHER_PHONES, phones.size() < 2 ? "" : Cells.joinList(phones.subList(1, phones.size())));
    cells.put(POSTAL_ADDRESSES, contact.postalAddresses().isEmpty() ? "" : Cells.toJson(contact.postalAddresses()));
    cells.put(ACCOUNT_LINKS, contact.accountLinks().isEmpty() ? "" : Cells.toJson(contact.accountLinks()));
    cells.put(LIFECYCLE_STAGE, contact.lifecycleStage().name());
    cells.put(OWNER_ID, text(contact.ownerId(), UserId::value));
    cells.put(CONSENT, contact.consent().isEmpty() ? "" : Cells.toJson(contact.consent()));
    cells.put(ATTRIBUTION, contact.attribution().isEmpty() ? "" : Cells.toJson(contact.attribution()));
    cells.put(MERGED_INTO, text(contact.mergedInto(), ContactId::value));
    return cells;
  }

  @Override
  Contact read(Cells cells, ImportContext context) {
    Instant createdAt = createdAt(cells, context);
    List<EmailAddress> emails = new ArrayList<>();
    cells.value(EMAIL, EmailAddress::of).ifPresent(emails::add);
    emails.addAll(cells.list(OTHER_EMAILS, EmailAddress::of));
    List<PhoneNumber> phones = new ArrayList<>();
    cells.value(PHONE, PhoneNumber::of).ifPresent(phones::add);
    phones.addAll(cells.list(OTHER_PHONES, PhoneNumber::of));
    List<AccountLink> links = new ArrayList<>(cells.<List<AccountLink>>json(ACCOUNT_LINKS, LINKS).orElse(List.of()));
    primaryLink(cells, context, links).ifPresent(link -> links.add(0, link));
    Contact.Builder builder = Contact.builder();
    builder.id(cells.value(ID, ContactId::of).orElseGet(context.ids()::nextContactId))
        .firstName(cells.text(FIRST_NAME))
        .middleName(cells.text(MIDDLE_NAME))
        .lastName(cells.text(LAST_NAME))
        .jobTitle(cells.text(JOB_TITLE))
        .emails(emails)
        .phones(phones)
        .postalAddresses(cells.<List<PostalAddress>>json(POSTAL_ADDRESSES, ADDRESSES).orElse(List.of()))
        .accountLinks(links)
        .ownerId(cells.value(OWNER_ID, UserId::of))
        .mergedInto(cells.value(MERGED_INTO, ContactId::of))
        .createdAt(createdAt)
        .updatedAt(updatedAt(cells, context, createdAt))
        .customFields(customFields(cells, context));
    cells.value(LIFECYCLE_STAGE, LifecycleStage::of).ifPresent(builder::lifecycleStage);
    cells.<ConsentLedger>json(CONSENT, LEDGER).ifPresent(builder::consent);
    cells.<Attribution>json(ATTRIBUTION, ATTRIBUTION_TYPE).ifPresent(builder::attribution);
    return builder.build();
  }

  /**
   * The primary link the {@code account_id} or {@code account_domain} cell asks for, unless the
   * links already hold it. The role is the {@code account_role} cell's, or what a lead conversion
   * gives: household member at a household, employee elsewhere.
   */
  private static Optional<AccountLink> primaryLink(Cells cells, ImportContext context, List<AccountLink> links) {
    Optional<AccountId> byId = cells.value(ACCOUNT_ID, AccountId::of);
    Optional<String> domain = cells.value(ACCOUNT_DOMAIN, Account::normaliseDomain);
    if (byId.isPresent() && domain.isPresent()) {
      throw CrmValidationException.of(ACCOUNT_DOMAIN, "conflict", domain.get(),
          "give account_id or account_domain, not both");
    }
    if (byId.isEmpty() && domain.isEmpty()) {
      return Optional.empty();
    }
    Optional<Account> account = byId.isPresent()
        ? context.account(byId.get())
        : context.accountByDomain(domain.get());
    if (byId.isEmpty() && account.isEmpty()) {
      throw CrmValidationException.of(ACCOUNT_DOMAIN, "unknown", domain.get(),
          "no account has this domain; import the accounts first or give account_id");
    }
    AccountId accountId = byId.orElseGet(() -> account.orElseThrow().id());
    Optional<AccountLink> existing = links.stream().filter(l -> l.accountId().equals(accountId)).findFirst();
    if (existing.isPresent()) {
      if (existing.get().primary()) {
        return Optional.empty();
      }
      throw CrmValidationException.of(ACCOUNT_ID, "conflict", accountId,
          "account_links already links this account, not as the primary one");
    }
    Optional<AccountLink> primary = links.stream().filter(AccountLink::primary).findFirst();
    if (primary.isPresent()) {
      throw CrmValidationException.of(ACCOUNT_ID, "conflict", accountId,
          "the primary account is already " + primary.get().accountId() + " in account_links");
    }
    boolean household = account.map(a -> a.kind() == AccountKind.HOUSEHOLD).orElse(false);
    ContactRole role = cells.value(ACCOUNT_ROLE, ContactRole::of)
        .orElse(household ? ContactRole.HOUSEHOLD_MEMBER : ConversionRequest.EMPLOYEE);
    return Optional.of(AccountLink.primary(accountId, role));
  }

  @Override
  Identity<Contact> identify(Cells cells) {
    Optional<ContactId> id = cells.value(ID, ContactId::of);
    List<EmailAddress> emails = new ArrayList<>();
    cells.value(EMAIL, EmailAddress::of).ifPresent(emails::add);
    emails.addAll(cells.list(OTHER_EMAILS, EmailAddress::of));
    List<String> keys = new ArrayList<>();
    id.ifPresent(i -> keys.add("id " + i.value()));
    emails.forEach(e -> keys.add("email " + e.value()));
    return new Identity<>(keys, keys, new StoredContact(id, emails));
  }

  /**
   * Finds each row's stored contact: by id, else by the first of its e-mail addresses a contact
   * has. The addresses of all rows are looked up in one {@code findByEmails}; ids one by one.
   */
  @Override
  List<Optional<Match<Contact>>> findStored(List<Identity<Contact>> identities, ImportPorts ports) {
    Set<EmailAddress> emails = new HashSet<>();
    for (Identity<Contact> identity : identities) {
      if (!(identity.stored() instanceof StoredContact stored)) {
        return super.findStored(identities, ports);
      }
      emails.addAll(stored.emails());
    }
    Map<EmailAddress, Contact> byEmail = ports.contacts().findByEmails(emails);
    return identities.stream()
        .map(identity -> ((StoredContact) identity.stored())
            .find(ports.contacts()::findById, email -> Optional.ofNullable(byEmail.get(email))))
        .toList();
  }

  /**
   * How a row finds the stored contact it duplicates: by its id, else by its e-mail addresses in
   * order.
   *
   * @param id the row's id, if it has one
   * @param emails the row's e-mail addresses
   */
  private record StoredContact(Optional<ContactId> id, List<EmailAddress> emails)
      implements Function<ImportPorts, Optional<Match<Contact>>> {
    StoredContact {
      emails = List.copyOf(emails);
    }

    @Override
    public Optional<Match<Contact>> apply(ImportPorts ports) {
      return find(ports.contacts()::findById, ports.contacts()::findByEmail);
    }

    /** The match, with the given look-ups. */
    Optional<Match<Contact>> find(Function<ContactId, Optional<Contact>> byId,
        Function<EmailAddress, Optional<Contact>> byEmail) {
      if (id.isPresent()) {
        Optional<Contact> found = byId.apply(id.get());
        if (found.isPresent()) {
          return Optional.of(new Match<>(found.get(), "id " + id.get().value()));
        }
      }
      for (EmailAddress email : emails) {
        Optional<Contact> found = byEmail.apply(email);
        if (found.isPresent()) {
          Contact survivor = survivorOf(found.get(), byId);
          String reason = survivor == found.get() ? "email " + email.value()
              : "email " + email.value() + " of " + found.get().id().value() + ", merged into it";
          return Optional.of(new Match<>(survivor, reason));
        }
      }
      return Optional.empty();
    }

    /**
     * The contact a contact found by e-mail was merged into, following merges in turn (a merged
     * contact keeps its addresses, so a look-up may find it rather than its survivor); the contact
     * itself when it was not merged, or when its survivor is not stored. A row naming a merged
     * contact by its id updates that contact, as an export read back does.
     */
    private static Contact survivorOf(Contact found, Function<ContactId, Optional<Contact>> byId) {
      Contact contact = found;
      Set<ContactId> seen = new HashSet<>();
      while (contact.mergedInto().isPresent() && seen.add(contact.id())) {
        Optional<Contact> into = byId.apply(contact.mergedInto().get());
        if (into.isEmpty()) {
          return contact;
        }
        contact = into.get();
      }
      return contact;
    }
  }

  @Override
  List<Contact> saveAll(List<Contact> contacts, ImportPorts ports) {
    return ports.contacts().saveAll(contacts);
  }

  @Override
  Contact withVersion(Contact contact, long version) {
    return contact.withVersion(version);
  }

  @Override
  CrmEvent created(Contact saved, IdGenerator ids, Instant now) {
    return new ContactCreated(ids.nextEventId(), saved.id(), saved.version(), now);
  }

  @Override
  List<CrmEvent> changed(Contact before, Contact saved, Set<String> fields, IdGenerator ids, Instant now) {
    List<CrmEvent> events = new ArrayList<>();
    events.add(new ContactChanged(ids.nextEventId(), saved.id(), fields, saved.version(), now));
    if (!before.lifecycleStage().equals(saved.lifecycleStage())) {
      events.add(new ContactLifecycleStageChanged(ids.nextEventId(), saved.id(), before.lifecycleStage(),
          saved.lifecycleStage(), saved.version(), now));
    }
    return events;
  }

  @Override
  String fieldOf(String column) {
    return switch (column) {
      case EMAIL, OTHER_EMAILS -> "emails";
      case PHONE, OTHER_PHONES -> "phones";
      case ACCOUNT_ID, ACCOUNT_DOMAIN, ACCOUNT_ROLE -> "accountLinks";
      default -> super.fieldOf(column);
    };
  }
}
