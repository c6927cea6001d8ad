package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.examples.csv.ImportReport;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import benchmark's own code on 1,000 contacts in the embedded H2 database: its set-up, each
 * import and the check after it, as JMH calls them, so the build proves the benchmark works without
 * running it. Nothing here is timed.
 */
class ContactImportBenchmarkTest {
  private static final int ROWS = 1_000;

  private final ContactImportBenchmark benchmark = new ContactImportBenchmark();

  @BeforeEach
  void startTheBenchmarkOnH2() throws Exception {
    benchmark.store = "h2";
    benchmark.rows = ROWS;
    benchmark.writeFilesAndStartDatabase();
  }

  @AfterEach
  void stopTheBenchmark() throws Exception {
    benchmark.stopDatabase();
  }

  @Test
  void crmkit_imports_every_contact_of_the_sample_file_with_its_event() throws Exception {
    benchmark.emptyDatabase();

    ImportReport report = benchmark.crmkit();

    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(report.created()).isEqualTo(ROWS);
    assertThat(report.rejections()).isEmpty();
    benchmark.checkStored();
  }

  @Test
  void each_import_starts_on_an_empty_database() throws Exception {
    benchmark.emptyDatabase();
    benchmark.crmkit();
    benchmark.checkStored();

    benchmark.emptyDatabase();
    ImportReport second = benchmark.crmkit();

    assertThat(second.created()).as("nothing left from the first import to skip as a duplicate").isEqualTo(ROWS);
    benchmark.checkStored();
  }

  @Test
  void the_plain_jdbc_peer_inserts_every_contact() throws Exception {
    benchmark.emptyDatabase();

    assertThat(benchmark.plainJdbcBatch()).isEqualTo(ROWS);
    benchmark.checkStored();
  }

  @Test
  void the_floor_writes_every_contact_into_crmkits_tables() throws Exception {
    benchmark.emptyDatabase();

    assertThat(benchmark.crmkitTablesByHand()).isEqualTo(ROWS);
    benchmark.checkStored();
  }

  @Test
  void the_floor_writes_the_contacts_crmkit_writes_as_crmkit_reads_them() throws Exception {
    List<String> firstWithAccount = Files.readAllLines(benchmark.contactsFile()).stream().skip(1)
        .map(PlainContactTable::fields).filter(row -> !row.get(5).isEmpty()).findFirst().orElseThrow();
    EmailAddress email = EmailAddress.of(firstWithAccount.get(3));
    benchmark.emptyDatabase();
    benchmark.crmkit();
    Contact imported = benchmark.crm().contacts().findByEmail(email).orElseThrow();

    benchmark.emptyDatabase();
    benchmark.crmkitTablesByHand();

    Contact byHand = benchmark.crm().contacts().findByEmail(email).orElseThrow();
    assertThat(byHand).usingRecursiveComparison()
        .ignoringFields("id", "createdAt", "updatedAt", "accountLinks.accountId")
        .isEqualTo(imported);
    assertThat(benchmark.crm().accounts().findById(byHand.accountLinks().get(0).accountId()).orElseThrow().domain())
        .contains(firstWithAccount.get(5));
    for (var phone : byHand.phones()) {
      assertThat(benchmark.crm().contacts().findByPhone(phone)).extracting(Contact::id).contains(byHand.id());
    }
  }

  @Test
  void h2s_bulk_loader_loads_every_contact() throws Exception {
    benchmark.emptyDatabase();

    assertThat(benchmark.bulkLoader()).isEqualTo(ROWS);
    benchmark.checkStored();
  }

  @Test
  void the_check_after_an_import_fails_when_a_row_is_missing() throws Exception {
    benchmark.emptyDatabase();
    benchmark.plainJdbcBatch();

    try (Connection connection = benchmark.database().connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM peer_contact WHERE id = (SELECT MIN(id) FROM peer_contact)");
    }

    assertThatThrownBy(benchmark::checkStored)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("peer_contact are 999, expected 1000");
  }

  @Test
  void the_check_after_crmkits_import_fails_when_an_event_was_not_relayed() throws Exception {
    benchmark.emptyDatabase();
    benchmark.crmkit();

    try (Connection connection = benchmark.database().connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE crm_outbox SET relayed = FALSE WHERE sequence_number ="
          + " (SELECT MAX(sequence_number) FROM crm_outbox)");
    }

    assertThatThrownBy(benchmark::checkStored)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("relayed ContactCreated events are 999, expected 1000");
  }

  @Test
  void a_store_that_is_not_known_is_refused_at_set_up() throws Exception {
    ContactImportBenchmark other = new ContactImportBenchmark();
    other.store = "oracle";
    other.rows = 10;

    assertThatThrownBy(other::writeFilesAndStartDatabase)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("h2 or postgres");
    other.stopDatabase();
  }
}
