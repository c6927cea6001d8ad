package io.crmkit.core.contact;

import io.crmkit.core.id.ContactId;
import static io.crmkit.core.fixtures.PeopleFixtures.ACME;
import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aConsentRecord;
import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.consent.ConsentChannel;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentPurpose;
import io.crmkit.core.consent.ConsentRecord;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.PostalAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactTest {

  private static final AccountId GLOBEX = AccountId.of("acc-globex");

  @Test
  void a_new_contact_is_a_lead_with_no_consent_no_attribution_version_zero_and_no_custom_fields() {
    Contact contact = aContact().build();

    assertThat(contact.lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
    assertThat(contact.consent()).isEqualTo(ConsentLedger.empty());
    assertThat(contact.attribution()).isEqualTo(Attribution.none());
    assertThat(contact.version()).isZero();
    assertThat(contact.customFields()).isEqualTo(CustomFields.empty());
    assertThat(contact.recordType()).isEqualTo("Contact");
  }

  @Test
  void names_and_job_title_are_folded_and_blank_ones_dropped() {
    Contact contact = aContact()
        .firstName("  Ada \t")
        .middleName("  ")
        .lastName(" King  Lovelace ")
        .jobTitle(" Head   of  Analysis ")
        .build();

    assertThat(contact.firstName()).contains("Ada");
    assertThat(contact.middleName()).isEmpty();
    assertThat(contact.lastName()).contains("King Lovelace");
    assertThat(contact.jobTitle()).contains("Head of Analysis");
  }

  @Test
  void the_display_name_is_first_and_last_name() {
    assertThat(aContact().middleName("Augusta").build().displayName()).isEqualTo("Ada Lovelace");
  }

  @Test
  void the_display_name_is_the_one_name_given_when_there_is_only_one() {
    assertThat(aContact().firstName(Optional.empty()).build().displayName()).isEqualTo("Lovelace");
    assertThat(aContact().lastName(Optional.empty()).build().displayName()).isEqualTo("Ada");
  }

  @Test
  void a_contact_known_only_by_e_mail_is_displayed_by_its_primary_address() {
    Contact contact = Contact.builder()
        .id(ContactId.of("con-anon"))
        .addEmail(EmailAddress.of("info@example.com"))
        .addEmail(EmailAddress.of("sales@example.com"))
        .createdAt(T0).updatedAt(T0)
        .build();

    assertThat(contact.displayName()).isEqualTo("info@example.com");
  }

  @Test
  void a_contact_without_a_name_or_an_e_mail_address_is_rejected() {
    assertRejected("contact.name", "required", () -> Contact.builder()
        .id(ContactId.of("con-nobody"))
        .firstName(" ")
        .addPhone(PhoneNumber.of("+49 30 1234567"))
        .createdAt(T0).updatedAt(T0)
        .build());
  }

  @Test
  void the_first_e_mail_address_is_the_primary_one() {
    Contact contact = aContact().addEmail(EmailAddress.of("ada@analytical.org")).build();

    assertThat(contact.primaryEmail()).contains(EmailAddress.of("ada@example.com"));
  }

  @Test
  void a_contact_without_e_mail_has_no_primary_address() {
    assertThat(aContact().emails(List.of()).build().primaryEmail()).isEmpty();
  }

  @Test
  void the_same_e_mail_address_twice_is_rejected_even_when_written_differently() {
    assertRejected("contact.emails", "duplicate",
        () -> aContact().addEmail(EmailAddress.of(" ADA@Example.com ")).build());
  }

  @Test
  void the_same_phone_number_twice_is_rejected_even_when_written_differently() {
    assertRejected("contact.phones", "duplicate", () -> aContact()
        .addPhone(PhoneNumber.of("+49 30 1234567"))
        .addPhone(PhoneNumber.of("0049-30-1234567"))
        .build());
  }

  @Test
  void the_same_postal_address_twice_is_rejected() {
    PostalAddress home = PostalAddress.builder().addLine("12 St James's Square").locality("London").country("GB").build();
    PostalAddress sameHome = PostalAddress.builder().addLine("12  St James's Square").locality("London").country("gb").build();

    assertRejected("contact.postalAddresses", "duplicate",
        () -> aContact().addPostalAddress(home).addPostalAddress(sameHome).build());
  }

  @Test
  void a_contact_may_be_linked_to_several_accounts_with_one_primary() {
    Contact contact = aContact()
        .addAccountLink(AccountLink.primary(ACME, ContactRole.DECISION_MAKER))
        .addAccountLink(AccountLink.of(GLOBEX, ContactRole.BILLING))
        .build();

    assertThat(contact.isLinkedTo(ACME)).isTrue();
    assertThat(contact.isLinkedTo(GLOBEX)).isTrue();
    assertThat(contact.isLinkedTo(AccountId.of("acc-initech"))).isFalse();
    assertThat(contact.primaryAccountLink()).contains(AccountLink.primary(ACME, ContactRole.DECISION_MAKER));
  }

  @Test
  void a_contact_without_a_primary_link_has_none() {
    assertThat(aContact().addAccountLink(AccountLink.of(ACME, ContactRole.USER)).build().primaryAccountLink()).isEmpty();
  }

  @Test
  void two_primary_account_links_are_rejected() {
    assertRejected("contact.accountLinks", "primary", () -> aContact()
        .addAccountLink(AccountLink.primary(ACME, ContactRole.DECISION_MAKER))
        .addAccountLink(AccountLink.primary(GLOBEX, ContactRole.BILLING))
        .build());
  }

  @Test
  void two_links_to_the_same_account_are_rejected_even_with_different_roles() {
    assertRejected("contact.accountLinks", "duplicate", () -> aContact()
        .addAccountLink(AccountLink.of(ACME, ContactRole.DECISION_MAKER))
        .addAccountLink(AccountLink.of(ACME, ContactRole.BILLING))
        .build());
  }

  @Test
  void roles_are_folded_names_so_hosts_can_add_their_own() {
    assertThat(ContactRole.of("  Decision \n maker ")).isEqualTo(ContactRole.DECISION_MAKER);
    assertThat(ContactRole.of("Procurement").name()).isEqualTo("Procurement");
    assertRejected("contact.role", "required", () -> ContactRole.of(" "));
  }

  @Test
  void updated_before_created_is_rejected() {
    assertRejected("contact.updatedAt", "order", () -> aContact().createdAt(hoursAfterT0(1)).updatedAt(T0).build());
  }

  @Test
  void a_contact_is_not_merged_until_it_names_the_contact_it_was_merged_into() {
    Contact kept = aContact().build();
    Contact mergedAway = aContact().mergedInto(ContactId.of("con-ada-2")).build();

    assertThat(kept.isMerged()).isFalse();
    assertThat(kept.mergedInto()).isEmpty();
    assertThat(mergedAway.isMerged()).isTrue();
    assertThat(mergedAway.mergedInto()).contains(ContactId.of("con-ada-2"));
  }

  @Test
  void a_contact_merged_into_itself_is_rejected() {
    assertRejected("contact.mergedInto", "self", () -> aContact().mergedInto(ContactId.of("con-ada")).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("contact.version", "range", () -> aContact().version(-1).build());
  }

  @Test
  void with_consent_appends_a_record_and_leaves_the_original_contact_unchanged() {
    Contact contact = aContact().build();
    ConsentRecord grant = aConsentRecord().build();

    Contact consenting = contact.withConsent(grant);

    assertThat(consenting.consent().records()).containsExactly(grant);
    assertThat(consenting.consent().permits(ConsentChannel.EMAIL, ConsentPurpose.MARKETING, hoursAfterT0(1))).isTrue();
    assertThat(contact.consent().isEmpty()).isTrue();
  }

  @Test
  void with_consent_refuses_a_record_captured_before_the_last_one() {
    Contact contact = aContact().build().withConsent(aConsentRecord(ConsentStatus.GRANTED, hoursAfterT0(5)).build());

    assertRejected("consent.capturedAt", "order",
        () -> contact.withConsent(aConsentRecord(ConsentStatus.WITHDRAWN, hoursAfterT0(4)).build()));
  }

  @Test
  void contacts_with_the_same_values_are_equal() {
    assertThat(aContact().build()).isEqualTo(aContact().build()).hasSameHashCodeAs(aContact().build());
    assertThat(aContact().build()).isNotEqualTo(aContact().version(1).build());
  }
}
