package io.crmkit.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A contact's e-mail addresses and phone numbers are written to their look-up tables by the
 * transaction, in key order, before its next read and at its commit: a transaction sees its own
 * contacts by every value before it commits, a part of it rolled back takes its rows along, and a
 * contact changed twice in one transaction keeps only its last values.
 */
class ContactKeysInKeyOrderTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final String url = TestDatabases.h2Url("contact-keys-in-order-" + DATABASES.incrementAndGet());
  private final JdbcCrm crm = JdbcCrm.open(url, "sa", "");

  @AfterEach
  void closeTheCrm() {
    crm.close();
  }

  @Test
  void a_transaction_finds_the_contacts_it_saved_by_every_address_and_number_before_it_commits() {
    Contact ada = aContact("c-1", "ada@example.com").addPhone(PhoneNumber.of("+49 30 1234567")).build();
    Contact bob = aContact("c-2", "bob@example.com").build();

    crm.unitOfWork().run(() -> {
      crm.contacts().saveAll(List.of(ada, bob));

      assertThat(crm.contacts().findByEmail(EmailAddress.of("bob@example.com"))).map(Contact::id)
          .contains(bob.id());
      assertThat(crm.contacts().findByPhone(PhoneNumber.of("+49 30 1234567"))).extracting(Contact::id)
          .containsExactly(ada.id());
      assertThat(crm.contacts().findByEmails(List.of(EmailAddress.of("ada@example.com")))).containsOnlyKeys(
          EmailAddress.of("ada@example.com"));
    });

    assertThat(rows("crm_contact_email")).isEqualTo(2);
    assertThat(rows("crm_contact_phone")).isEqualTo(1);
  }

  @Test
  void a_part_of_a_transaction_rolled_back_takes_its_contacts_rows_along() {
    Contact kept = aContact("c-1", "kept@example.com").build();
    Contact dropped = aContact("c-2", "dropped@example.com").addPhone(PhoneNumber.of("+49 30 7654321")).build();

    crm.unitOfWork().run(() -> {
      crm.contacts().save(kept);
      assertThatThrownBy(() -> crm.unitOfWork().run(() -> {
        crm.contacts().save(dropped);
        throw new IllegalStateException("the nested work fails after the save");
      })).isInstanceOf(IllegalStateException.class);
    });

    assertThat(crm.contacts().findByEmail(EmailAddress.of("dropped@example.com"))).isEmpty();
    assertThat(crm.contacts().findByPhone(PhoneNumber.of("+49 30 7654321"))).isEmpty();
    assertThat(crm.contacts().findByEmail(EmailAddress.of("kept@example.com"))).map(Contact::id).contains(kept.id());
    assertThat(rows("crm_contact_email")).isEqualTo(1);
    assertThat(rows("crm_contact_phone")).isZero();
  }

  @Test
  void a_contact_saved_and_changed_in_one_transaction_is_found_by_its_last_values_only() {
    Contact first = aContact("c-1", "old@example.com").addPhone(PhoneNumber.of("+49 30 1234567")).build();

    crm.unitOfWork().run(() -> {
      Contact saved = crm.contacts().save(first);
      Contact changed = crm.contacts().save(saved.withEmails(List.of(EmailAddress.of("new@example.com"))));
      crm.contacts().save(changed.withEmails(List.of(EmailAddress.of("new@example.com"),
          EmailAddress.of("other@example.com"))));
    });

    assertThat(crm.contacts().findByEmail(EmailAddress.of("old@example.com"))).isEmpty();
    assertThat(crm.contacts().findByEmail(EmailAddress.of("new@example.com"))).map(Contact::id)
        .contains(ContactId.of("c-1"));
    assertThat(crm.contacts().findByEmail(EmailAddress.of("other@example.com"))).isPresent();
    assertThat(crm.contacts().findByPhone(PhoneNumber.of("+49 30 1234567"))).hasSize(1);
    assertThat(rows("crm_contact_email")).isEqualTo(2);
    assertThat(rows("crm_contact_phone")).isEqualTo(1);
  }

  @Test
  void a_contact_saved_twice_in_one_batch_keeps_the_values_of_its_last_copy() {
    Contact first = aContact("c-1", "old@example.com").build();

    crm.unitOfWork().run(() -> {
      Contact saved = crm.contacts().save(first);
      Contact second = saved.withEmails(List.of(EmailAddress.of("mid@example.com")));
      Contact third = second.withVersion(second.version() + 1).withEmails(List.of(EmailAddress.of("new@example.com")));
      crm.contacts().saveAll(List.of(second, third));
    });

    assertThat(crm.contacts().findByEmail(EmailAddress.of("old@example.com"))).isEmpty();
    assertThat(crm.contacts().findByEmail(EmailAddress.of("mid@example.com"))).isEmpty();
    assertThat(crm.contacts().findByEmail(EmailAddress.of("new@example.com"))).isPresent();
    assertThat(rows("crm_contact_email")).isEqualTo(1);
  }

  /** A contact with this id and e-mail address (and no other). */
  private static Contact.Builder aContact(String id, String email) {
    return io.crmkit.core.fixtures.PeopleFixtures.aContact().id(ContactId.of(id)).emails(List.of(EmailAddress.of(email)));
  }

  private long rows(String table) {
    return TestDatabases.count(new UrlDataSource(url, "sa", ""), "SELECT COUNT(*) FROM " + table);
  }
}
