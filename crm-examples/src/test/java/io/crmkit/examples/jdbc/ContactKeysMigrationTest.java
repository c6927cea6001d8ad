package io.crmkit.examples.jdbc;

import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations 2 and 3 move a contact's keys: the first account into a column of {@code crm_contact}
 * (2), every e-mail address and phone number into look-up tables keyed by value (3, after 2 had
 * put the first of each in a column): a database written by the first schema still finds every
 * contact by every one of its values, and a later save keeps each value in one place only.
 */
class ContactKeysMigrationTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final ObjectMapper JSON = CrmJson.mapper();

  private final String url = TestDatabases.h2Url("contact-keys-migration-" + DATABASES.incrementAndGet());
  private final UrlDataSource dataSource = new UrlDataSource(url, "sa", "");
  /** Keeps the in-memory database alive between the migrations and the CRM. */
  private Connection keeper;

  @BeforeEach
  void keepTheDatabaseOpen() throws SQLException {
    keeper = dataSource.getConnection();
  }

  @AfterEach
  void letTheDatabaseGo() throws SQLException {
    keeper.close();
  }

  private final Contact stored = aContact()
      .emails(List.of(EmailAddress.of("ada@example.com"), EmailAddress.of("ada@lovelace.name")))
      .phones(List.of(PhoneNumber.of("+49 30 1234567"), PhoneNumber.of("+44 20 7946 0123")))
      .accountLinks(List.of(AccountLink.primary(AccountId.of("acc-1"), ContactRole.DECISION_MAKER),
          AccountLink.of(AccountId.of("acc-2"), ContactRole.BILLING)))
      .version(1)
      .build();

  @Test
  void a_contact_stored_by_the_first_schema_is_found_by_every_value_after_the_migration() throws Exception {
    // given a database at schema 1 holding a contact with two values of each key in side tables
    migrateTo("1");
    storeAsSchemaOneDid(stored);

    // when a CRM opens it, migrating it to the latest schema
    try (JdbcCrm crm = JdbcCrm.open(url, "sa", "")) {
      // then the contact is found by each of its values
      assertFoundByEveryValue(crm);
      // and each e-mail address and phone number is a row of its look-up table (schema 3), the first
      // account in the column and the other in the side table (schema 2)
      assertThat(count("SELECT COUNT(*) FROM crm_contact_email")).isEqualTo(2);
      assertThat(count("SELECT COUNT(*) FROM crm_contact_phone")).isEqualTo(2);
      assertThat(count("SELECT COUNT(*) FROM crm_contact_account")).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM crm_contact WHERE first_account_id = 'acc-1'")).isEqualTo(1);
    }
  }

  @Test
  void a_migrated_contact_saved_again_keeps_one_row_per_value() throws Exception {
    migrateTo("1");
    storeAsSchemaOneDid(stored);

    try (JdbcCrm crm = JdbcCrm.open(url, "sa", "")) {
      Contact changed = crm.contacts().save(stored.withJobTitle("Analyst"));

      assertFoundByEveryValue(crm);
      assertThat(crm.contacts().findById(changed.id())).contains(changed);
      assertThat(count("SELECT COUNT(*) FROM crm_contact WHERE first_account_id = 'acc-1'")).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM crm_contact_email WHERE email = 'ada@lovelace.name'")).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM crm_contact_email")).isEqualTo(2);
      assertThat(count("SELECT COUNT(*) FROM crm_contact_phone")).isEqualTo(2);
    }
  }

  @Test
  void a_contact_with_one_value_of_each_key_writes_a_row_per_address_and_number_and_its_account_in_a_column() {
    try (JdbcCrm crm = JdbcCrm.open(url, "sa", "")) {
      crm.contacts().save(aContact().addPhone(PhoneNumber.of("+49 30 1234567"))
          .accountLinks(List.of(AccountLink.primary(AccountId.of("acc-1"), ContactRole.DECISION_MAKER))).build());

      assertThat(count("SELECT COUNT(*) FROM crm_contact_email")).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM crm_contact_phone")).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM crm_contact_account")).isZero();
      assertThat(crm.contacts().findByPhone(PhoneNumber.of("+49 30 1234567"))).hasSize(1);
      assertThat(crm.contacts().findByAccount(AccountId.of("acc-1"))).hasSize(1);
    }
  }

  private void assertFoundByEveryValue(JdbcCrm crm) {
    for (EmailAddress email : stored.emails()) {
      assertThat(crm.contacts().findByEmail(email)).as(email.value()).map(Contact::id).contains(stored.id());
    }
    for (PhoneNumber phone : stored.phones()) {
      assertThat(crm.contacts().findByPhone(phone)).as(phone.value()).extracting(Contact::id)
          .containsExactly(stored.id());
    }
    for (AccountLink link : stored.accountLinks()) {
      assertThat(crm.contacts().findByAccount(link.accountId())).as(link.accountId().value())
          .extracting(Contact::id).containsExactly(stored.id());
    }
  }

  private void migrateTo(String version) {
    Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).locations("classpath:db/migration")
        .target(version).load().migrate();
  }

  /** Writes a contact as the first schema's adapter did: the document, every key value in a side table. */
  private void storeAsSchemaOneDid(Contact contact) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement row = connection.prepareStatement(
          "INSERT INTO crm_contact (id, version, created_at, updated_at, document) VALUES (?, ?, ?, ?, ?)")) {
        row.setString(1, contact.id().value());
        row.setLong(2, contact.version());
        row.setObject(3, OffsetDateTime.ofInstant(contact.createdAt(), ZoneOffset.UTC));
        row.setObject(4, OffsetDateTime.ofInstant(contact.updatedAt(), ZoneOffset.UTC));
        row.setString(5, JSON.writeValueAsString(contact));
        row.executeUpdate();
      }
      for (EmailAddress email : contact.emails()) {
        side(connection, "crm_contact_email", "email", contact, email.value());
      }
      for (PhoneNumber phone : contact.phones()) {
        side(connection, "crm_contact_phone", "phone", contact, phone.value());
      }
      for (AccountLink link : contact.accountLinks()) {
        side(connection, "crm_contact_account", "account_id", contact, link.accountId().value());
      }
    }
  }

  private static void side(Connection connection, String table, String column, Contact contact, String value)
      throws SQLException {
    try (PreparedStatement row = connection.prepareStatement(
        "INSERT INTO " + table + " (contact_id, " + column + ") VALUES (?, ?)")) {
      row.setString(1, contact.id().value());
      row.setString(2, value);
      row.executeUpdate();
    }
  }

  private long count(String query) {
    return TestDatabases.count(dataSource, query);
  }
}
