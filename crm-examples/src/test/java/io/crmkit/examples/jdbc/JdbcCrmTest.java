package io.crmkit.examples.jdbc;

import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static io.crmkit.core.fixtures.TestAccounts.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.account.Account;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.event.AccountCreated;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening and closing a JDBC CRM: the embedded H2 file database made on first use and kept across
 * runs, the schema on H2 in its own dialect as well as PostgreSQL's, and the failures a host sees
 * (an unreachable database, a stored document that no longer reads, a save that fails half way).
 */
class JdbcCrmTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

  private static String aNewH2Name() {
    return "jdbc-crm-test-" + DATABASES.incrementAndGet();
  }

  @Test
  void the_embedded_database_is_made_on_first_use_and_keeps_what_was_saved_across_runs(@TempDir Path home) {
    Path directory = home.resolve(".crmkit");
    Account saved;
    try (JdbcCrm firstRun = JdbcCrm.openEmbedded(directory)) {
      saved = firstRun.accounts().save(anAccount("acc-1").build());
      firstRun.publisher().publish(new AccountCreated(EventId.of("evt-1"), saved.id(), 1, AT));
    }

    assertThat(directory.resolve(JdbcCrm.EMBEDDED_DATABASE_NAME + ".mv.db")).isRegularFile();
    try (JdbcCrm secondRun = JdbcCrm.openEmbedded(directory)) {
      assertThat(secondRun.accounts().findById(saved.id())).contains(saved);
      assertThat(secondRun.eventHistory().eventsOf(saved.id())).hasSize(1);
    }
  }

  @Test
  void the_embedded_database_lives_in_a_file_named_crm_with_crmkits_settings_for_h2(@TempDir Path home) {
    String url = JdbcCrm.embeddedUrl(home);

    assertThat(url).isEqualTo("jdbc:h2:file:" + home.toAbsolutePath().resolve("crm") + JdbcCrm.H2_SETTINGS);
    assertThat(JdbcCrm.H2_SETTINGS).contains("MODE=PostgreSQL").doesNotContain("AUTO_SERVER");
  }

  @Test
  void opening_a_database_migrates_it_once() {
    String url = TestDatabases.h2Url(aNewH2Name());
    try (JdbcCrm first = JdbcCrm.open(url, "sa", "");
        JdbcCrm second = JdbcCrm.open(url, "sa", "")) {
      second.accounts().save(anAccount("acc-1").build());

      assertThat(first.accounts().findById(AccountId.of("acc-1"))).isPresent();
      assertThat(rows(url, "SELECT COUNT(*) FROM flyway_schema_history WHERE type = 'SQL'"))
          .isEqualTo(rows(url, "SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE type = 'SQL'"))
          .isEqualTo(3);
    }
  }

  @Test
  void the_schema_works_on_h2_in_its_own_dialect_too() {
    String url = "jdbc:h2:mem:" + aNewH2Name();
    try (JdbcCrm crm = JdbcCrm.open(url, "sa", "")) {
      Contact saved = crm.contacts().save(aContact().addPhone(PhoneNumber.of("+49 30 1234567")).build());
      crm.publisher().publish(new AccountCreated(EventId.of("evt-1"), AccountId.of("acc-1"), 1, AT));

      assertThat(crm.contacts().findByEmail(EmailAddress.of("ADA@example.com"))).contains(saved);
      assertThat(crm.contacts().findByPhone(PhoneNumber.of("+49 30 1234567"))).containsExactly(saved);
      assertThat(crm.eventHistory().eventsOf(AccountId.of("acc-1"))).hasSize(1);
    }
  }

  @Test
  void a_database_that_cannot_be_reached_fails_to_open_naming_what_was_being_done() {
    assertThatThrownBy(() -> JdbcCrm.open("jdbc:postgresql://127.0.0.1:1/crm", "crm", "secret"))
        .isInstanceOf(CrmStorageException.class)
        .hasMessageStartingWith("migrating the schema");
  }

  @Test
  void closing_a_crm_opened_on_a_data_source_leaves_the_data_source_open() {
    DataSource dataSource = TestDatabases.h2();
    TestDatabases.empty(dataSource);

    JdbcCrm.open(dataSource).close();

    try (JdbcCrm again = JdbcCrm.open(dataSource)) {
      assertThat(again.accounts().save(anAccount("acc-1").build()).version()).isEqualTo(1);
    }
  }

  @Test
  void a_stored_document_that_no_longer_reads_is_a_storage_failure_naming_the_table() {
    String url = TestDatabases.h2Url(aNewH2Name());
    try (JdbcCrm crm = JdbcCrm.open(url, "sa", "")) {
      crm.accounts().save(anAccount("acc-1").build());
      execute(url, "UPDATE crm_account SET document = '{\"id\":\"acc-1\"}'");

      CrmStorageException failure = catchThrowableOfType(CrmStorageException.class,
          () -> crm.accounts().findById(AccountId.of("acc-1")));

      assertThat(failure).hasMessageContaining("crm_account");
    }
  }

  @Test
  void a_save_that_fails_half_way_writes_nothing() {
    String url = TestDatabases.h2Url(aNewH2Name());
    try (JdbcCrm crm = JdbcCrm.open(url, "sa", "")) {
      // given a database that refuses the side-table row of a contact's second account
      execute(url, "DROP TABLE crm_contact_account");
      Contact contact = aContact().accountLinks(List.of(AccountLink.primary(AccountId.of("acc-1"), ContactRole.DECISION_MAKER),
          AccountLink.of(AccountId.of("acc-2"), ContactRole.BILLING))).build();

      // when it is saved on its own and inside a transaction that goes on
      assertThatThrownBy(() -> crm.contacts().save(contact)).isInstanceOf(CrmStorageException.class);
      crm.unitOfWork().run(() -> {
        assertThatThrownBy(() -> crm.contacts().save(contact)).isInstanceOf(CrmStorageException.class);
        crm.accounts().save(anAccount("acc-1").build());
      });

      // then no part of the contact is stored, and the rest of the transaction is
      assertThat(crm.contacts().findById(contact.id())).isEmpty();
      assertThat(crm.contacts().findByEmail(EmailAddress.of("ada@example.com"))).isEmpty();
      assertThat(crm.accounts().findById(AccountId.of("acc-1"))).isPresent();
    }
  }

  @Test
  void a_look_up_key_the_database_refuses_fails_the_commit_and_nothing_of_the_transaction_is_stored() {
    String url = TestDatabases.h2Url(aNewH2Name());
    try (JdbcCrm crm = JdbcCrm.open(url, "sa", "")) {
      // given a database without the table of the contacts' phone numbers
      execute(url, "DROP TABLE crm_contact_phone");
      Contact contact = aContact().addPhone(PhoneNumber.of("+49 30 1234567")).build();

      // when a contact with a phone number is saved on its own, and inside a transaction that goes on
      assertThatThrownBy(() -> crm.contacts().save(contact)).isInstanceOf(CrmStorageException.class)
          .hasMessageContaining("committing");
      assertThatThrownBy(() -> crm.unitOfWork().run(() -> {
        crm.contacts().save(contact);
        crm.accounts().save(anAccount("acc-1").build());
      })).isInstanceOf(CrmStorageException.class);

      // then neither the contact nor the rest of the transaction is stored: key rows are written at
      // the commit (or the next read), so their failure is the transaction's
      assertThat(crm.contacts().findById(contact.id())).isEmpty();
      assertThat(crm.accounts().findById(AccountId.of("acc-1"))).isEmpty();
    }
  }

  private static long rows(String url, String query) {
    return TestDatabases.count(new UrlDataSource(url, "sa", ""), query);
  }

  private static void execute(String url, String statement) {
    try (Connection connection = new UrlDataSource(url, "sa", "").getConnection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
