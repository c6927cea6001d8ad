package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.memory.SequentialIdGenerator;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.examples.jdbc.JdbcCrm;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Imports into the JDBC store (H2 in memory): the same records, and a failure rolls every save back. */
class JdbcImportTest {

  private static JdbcCrm freshCrm() {
    return JdbcCrm.open("jdbc:h2:mem:import-" + UUID.randomUUID(), "sa", "");
  }

  private static ImportPorts portsOf(JdbcCrm crm, ContactRepository contacts) {
    return new ImportPorts(crm.unitOfWork(), crm.publisher(), crm.accounts(), contacts, crm.leads(),
        crm.opportunities(), crm.orders(), crm.activities());
  }

  private static CsvImporter importerOf(ImportPorts ports) {
    return new CsvImporter(ports, new SequentialIdGenerator("gen-"), Clock.fixed(ImportBench.NOW, ZoneOffset.UTC));
  }

  @Property(tries = 15)
  void contacts_survive_export_and_import_into_the_jdbc_store(@ForAll("contacts") List<Contact> contacts) {
    try (JdbcCrm crm = freshCrm()) {
      ImportReport report = importerOf(portsOf(crm, crm.contacts())).importCsv(RecordType.CONTACTS,
          new ByteArrayInputStream(ImportBench.export(RecordType.CONTACTS, contacts, ExportFormat.CSV)),
          ImportOptions.defaults());

      assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
      for (Contact contact : contacts) {
        assertThat(crm.contacts().findById(contact.id())).contains(contact.withVersion(1));
        assertThat(crm.eventHistory().eventsOf(contact.id())).hasSize(1);
      }
    }
  }

  @Property(tries = 15)
  void opportunities_survive_export_and_import_into_the_jdbc_store(
      @ForAll("opportunities") List<Opportunity> deals) {
    try (JdbcCrm crm = freshCrm()) {
      ImportReport report = importerOf(portsOf(crm, crm.contacts())).importJson(RecordType.OPPORTUNITIES,
          new ByteArrayInputStream(ImportBench.export(RecordType.OPPORTUNITIES, deals, ExportFormat.JSON)),
          ImportOptions.defaults());

      assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
      for (Opportunity deal : deals) {
        assertThat(crm.opportunities().findById(deal.id())).contains(deal.withVersion(1));
      }
    }
  }

  @Test
  void a_save_the_database_refuses_rolls_back_the_saves_and_events_before_it() {
    try (JdbcCrm crm = freshCrm()) {
      // a store that writes the batch and its events, then refuses Grace's record in it
      AtomicInteger batches = new AtomicInteger();
      ContactRepository refusingGrace = (ContactRepository) Proxy.newProxyInstance(
          ContactRepository.class.getClassLoader(), new Class<?>[] {ContactRepository.class}, (self, method, args) -> {
            Object result;
            try {
              result = method.invoke(crm.contacts(), args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
            if (method.getName().equals("saveAll")) {
              batches.incrementAndGet();
              crm.publisher().publish(new ContactCreated(EventId.of("evt-written"), ContactId.of("con-ada"), 1,
                  ImportBench.NOW));
              throw new ConcurrentUpdateException("Contact", "con-grace", 0, 1);
            }
            return result;
          });

      ImportReport report = importerOf(portsOf(crm, refusingGrace)).importCsv(RecordType.CONTACTS,
          new ByteArrayInputStream("id,first_name\ncon-ada,Ada\ncon-grace,Grace\n".getBytes(StandardCharsets.UTF_8)),
          ImportOptions.defaults());

      assertThat(report.status()).isEqualTo(ImportReport.Status.NOTHING_IMPORTED);
      assertThat(report.fileProblems()).extracting(ImportProblem::line).containsExactly(3);
      assertThat(batches).hasValue(1);
      assertThat(crm.contacts().findById(ContactId.of("con-ada"))).isEmpty();
      assertThat(crm.eventHistory().eventsOf(ContactId.of("con-ada"))).isEmpty();
    }
  }

  @Test
  void an_import_looks_up_and_saves_every_row_on_the_connection_of_its_one_transaction() {
    AtomicInteger connections = new AtomicInteger();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    DataSource counting = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (self, method, args) -> {
          if (method.getName().equals("getConnection")) {
            connections.incrementAndGet();
          }
          try {
            return method.invoke(h2, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    StringBuilder file = new StringBuilder("first_name,email,account_domain\n");
    for (int row = 1; row <= 100; row++) {
      file.append("Ada,ada").append(row).append("@example.com,").append(row % 2 == 0 ? "example.com" : "")
          .append('\n');
    }
    try (JdbcCrm crm = JdbcCrm.open(counting)) {
      CsvImporter importer = importerOf(portsOf(crm, crm.contacts()));
      importer.importCsv(RecordType.ACCOUNTS, new ByteArrayInputStream(
          "name,domain\nExample Ltd,example.com\n".getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
      connections.set(0);

      ImportReport report = importer.importCsv(RecordType.CONTACTS,
          new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());

      assertThat(report.created()).isEqualTo(100);
      assertThat(connections.get()).as("the transaction's connection and the relay's, not one per look-up")
          .isEqualTo(2);
    }
  }

  @Provide
  Arbitrary<List<Contact>> contacts() {
    return PeopleFixtures.contacts().list().ofMaxSize(4).uniqueElements(Contact::id)
        .filter(list -> list.stream().flatMap(c -> c.emails().stream()).distinct().count()
            == list.stream().mapToLong(c -> c.emails().size()).sum());
  }

  @Provide
  Arbitrary<List<Opportunity>> opportunities() {
    return SalesFixtures.opportunities().list().ofMaxSize(4).uniqueElements(Opportunity::id);
  }
}
