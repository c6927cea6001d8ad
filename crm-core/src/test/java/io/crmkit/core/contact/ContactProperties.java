package io.crmkit.core.contact;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.value.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class ContactProperties {

  @Property
  void a_contact_rebuilt_from_its_own_values_is_equal(@ForAll("contacts") Contact contact) {
    Contact rebuilt = Contact.builder().from(contact).build();

    assertThat(rebuilt).isEqualTo(contact).hasSameHashCodeAs(contact);
  }

  @Property
  void names_are_normalised_whatever_the_white_space_around_and_inside_them(
      @ForAll("contacts") Contact contact, @ForAll("padding") String padding) {
    Contact padded = Contact.builder().from(contact)
        .firstName(contact.firstName().map(n -> padding + n + padding))
        .lastName(contact.lastName().map(n -> padding + n.replace(" ", " " + padding) + padding))
        .middleName(contact.middleName().map(n -> n + padding))
        .jobTitle(contact.jobTitle().map(t -> padding + t.replace(" ", padding + " ")))
        .build();

    assertThat(padded).isEqualTo(contact);
  }

  @Property
  void the_display_name_is_never_blank(@ForAll("contacts") Contact contact) {
    assertThat(contact.displayName()).isNotBlank();
  }

  @Property
  void the_primary_e_mail_is_the_first_one(@ForAll("contacts") Contact contact) {
    assertThat(contact.primaryEmail()).isEqualTo(contact.emails().stream().findFirst());
  }

  @Property
  void a_contact_is_linked_to_exactly_the_accounts_of_its_links(@ForAll("contacts") Contact contact) {
    contact.accountLinks().forEach(link -> assertThat(contact.isLinkedTo(link.accountId())).isTrue());
    assertThat(contact.accountLinks().stream().filter(AccountLink::primary).count()).isLessThanOrEqualTo(1);
  }

  @Property
  void repeating_any_e_mail_address_is_rejected(@ForAll("contactsWithEmail") Contact contact) {
    List<EmailAddress> twice = new ArrayList<>(contact.emails());
    twice.add(EmailAddress.of(contact.emails().get(contact.emails().size() - 1).value().toUpperCase()));

    assertRejected("contact.emails", "duplicate", () -> Contact.builder().from(contact).emails(twice).build());
  }

  @Property
  void an_update_before_the_creation_is_rejected(
      @ForAll("contacts") Contact contact, @ForAll @LongRange(min = 1, max = 1_000_000) long secondsEarlier) {
    assertRejected("contact.updatedAt", "order", () -> Contact.builder().from(contact)
        .updatedAt(contact.createdAt().minus(Duration.ofSeconds(secondsEarlier))).build());
  }

  @Property
  void a_negative_version_is_rejected(
      @ForAll("contacts") Contact contact, @ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long version) {
    assertRejected("contact.version", "range", () -> Contact.builder().from(contact).version(version).build());
  }

  @Property
  void without_names_and_e_mail_addresses_any_contact_is_rejected(@ForAll("contacts") Contact contact) {
    assertRejected("contact.name", "required", () -> Contact.builder().from(contact)
        .firstName(Optional.empty()).lastName(Optional.of(" ")).emails(List.of()).build());
  }

  @Property
  void with_consent_only_appends(@ForAll("contacts") Contact contact) {
    // given a record captured no earlier than the contact's last one
    List<ConsentRecord> before = contact.consent().records();
    Instant last = before.stream().map(ConsentRecord::capturedAt).max(Instant::compareTo).orElse(PeopleFixtures.T0);
    ConsentRecord record = PeopleFixtures.aConsentRecord().capturedAt(last).build();

    // when it is added
    Contact after = contact.withConsent(record);

    // then the ledger holds the old records, then the new one, and nothing else changed
    assertThat(after.consent().records()).hasSize(before.size() + 1);
    assertThat(after.consent().records().subList(0, before.size())).isEqualTo(before);
    assertThat(after.consent().records().get(before.size())).isEqualTo(record);
    assertThat(after.withConsent(contact.consent())).isEqualTo(contact);
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return PeopleFixtures.contacts();
  }

  @Provide
  Arbitrary<Contact> contactsWithEmail() {
    return PeopleFixtures.contacts().filter(c -> !c.emails().isEmpty());
  }

  @Provide
  Arbitrary<String> padding() {
    return Arbitraries.strings().withChars(' ', '\t', '\n').ofMaxLength(3);
  }
}
