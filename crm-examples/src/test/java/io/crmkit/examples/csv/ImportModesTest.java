package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.memory.SequentialIdGenerator;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.value.EmailAddress;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How an import saves: all or nothing by default, the good rows with partial, nothing in a dry run;
 * in one unit of work with an event per record, ids from the generator and time from the clock.
 */
class ImportModesTest {
  private final ImportBench bench = new ImportBench();

  private static final String[] ONE_BAD_ROW = {
    "first_name,email", "Ada,ada@example.com", "Grace,grace at example.com", "Linus,linus@example.com"};

  @Test
  void by_default_one_rejected_row_means_nothing_is_imported() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, ONE_BAD_ROW);

    assertThat(report.status()).isEqualTo(ImportReport.Status.NOTHING_IMPORTED);
    assertThat(report.applied()).isFalse();
    assertThat(report).extracting(ImportReport::read, ImportReport::created, ImportReport::rejected)
        .containsExactly(3, 2, 1);
    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isEqualTo("email");
      assertThat(p.rule()).isEqualTo("invalid");
      assertThat(p.reason()).contains("local@domain").contains("was 'grace at example.com'");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void partial_imports_exactly_the_good_rows_and_reports_the_rest() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().asPartial(), ONE_BAD_ROW);

    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(report).extracting(ImportReport::created, ImportReport::rejected).containsExactly(2, 1);
    assertThat(bench.crm.contacts().findByEmail(EmailAddress.of("ada@example.com"))).isPresent();
    assertThat(bench.crm.contacts().findByEmail(EmailAddress.of("linus@example.com"))).isPresent();
    assertThat(bench.saves()).isEqualTo(2);
  }

  @Test
  void a_dry_run_checks_everything_saves_nothing_and_says_what_would_happen() {
    bench.importCsv(RecordType.CONTACTS, "first_name,email", "Ada,ada@example.com");
    int savesBefore = bench.saves();
    int eventsBefore = bench.events().size();

    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().asDryRun(),
        "first_name,email", "Ada,ada@example.com", "Grace,grace@example.com", "Linus,linus at example");

    assertThat(report.status()).isEqualTo(ImportReport.Status.DRY_RUN);
    assertThat(report).extracting(ImportReport::created, ImportReport::skipped, ImportReport::rejected)
        .containsExactly(1, 1, 1);
    assertThat(bench.saves()).isEqualTo(savesBefore);
    assertThat(bench.events()).hasSize(eventsBefore);
    assertThat(bench.crm.contacts().findByEmail(EmailAddress.of("grace@example.com"))).isEmpty();
  }

  @Test
  void a_row_without_an_id_gets_one_from_the_generator_and_its_time_from_the_clock() {
    bench.importCsv(RecordType.CONTACTS, "first_name,email", "Ada,ada@example.com");

    Contact ada = bench.crm.contacts().findByEmail(EmailAddress.of("ada@example.com")).orElseThrow();
    assertThat(ada.id()).isEqualTo(ContactId.of("gen-1"));
    assertThat(ada.createdAt()).isEqualTo(ImportBench.NOW);
    assertThat(ada.updatedAt()).isEqualTo(ImportBench.NOW);
    assertThat(ada.version()).isEqualTo(1);
  }

  @Test
  void a_row_with_an_id_keeps_it() {
    bench.importCsv(RecordType.CONTACTS, "id,first_name", "con-ada,Ada");

    assertThat(bench.crm.contacts().findById(ContactId.of("con-ada"))).isPresent();
  }

  @Test
  void every_created_record_is_announced_after_the_commit_so_the_timeline_sees_it() {
    bench.importCsv(RecordType.CONTACTS, "id,first_name", "con-ada,Ada", "con-grace,Grace");

    assertThat(bench.events()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(ContactCreated.class));
    assertThat(bench.crm.eventHistory().eventsOf(ContactId.of("con-ada"))).singleElement()
        .satisfies(e -> {
          ContactCreated created = (ContactCreated) e;
          assertThat(created.aggregateVersion()).isEqualTo(1);
          assertThat(created.occurredAt()).isEqualTo(ImportBench.NOW);
        });
  }

  @Test
  void a_save_the_store_refuses_rolls_back_every_save_of_the_import() {
    // a store that writes the batch, then refuses Grace's record in it
    ContactRepository refusingGrace = (ContactRepository) Proxy.newProxyInstance(
        ContactRepository.class.getClassLoader(), new Class<?>[] {ContactRepository.class}, (self, method, args) -> {
          Object result;
          try {
            result = method.invoke(bench.crm.contacts(), args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (method.getName().equals("saveAll")) {
            throw new ConcurrentUpdateException("Contact", "con-grace", 0, 1);
          }
          return result;
        });
    ImportPorts ports = new ImportPorts(bench.crm.unitOfWork(), bench.crm.publisher(), bench.crm.accounts(),
        refusingGrace, bench.crm.leads(), bench.crm.opportunities(), bench.crm.orders(), bench.crm.activities());
    CsvImporter importer = new CsvImporter(ports, new SequentialIdGenerator("gen-"),
        Clock.fixed(ImportBench.NOW, ZoneOffset.UTC));

    ImportReport report = importer.importCsv(RecordType.CONTACTS, new ByteArrayInputStream(
        "id,first_name\ncon-ada,Ada\ncon-grace,Grace\n".getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());

    assertThat(report.status()).isEqualTo(ImportReport.Status.NOTHING_IMPORTED);
    assertThat(report.fileProblems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple(3, "store", "conflict"));
    assertThat(bench.crm.contacts().findById(ContactId.of("con-ada"))).isEmpty();
    assertThat(bench.crm.publisher().published()).isEmpty();
  }

  @Test
  void a_conflict_the_store_finds_at_the_commit_is_reported_and_nothing_is_imported() {
    ExecutorService other = Executors.newSingleThreadExecutor();
    ContactRepository racingAda = (ContactRepository) Proxy.newProxyInstance(
        ContactRepository.class.getClassLoader(), new Class<?>[] {ContactRepository.class}, (self, method, args) -> {
          Object result;
          try {
            result = method.invoke(bench.crm.contacts(), args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (method.getName().equals("saveAll")) {
            // another thread saves Ada first and commits; the import's transaction finds out at its commit
            @SuppressWarnings("unchecked")
            Contact ada = ((List<Contact>) args[0]).stream()
                .filter(contact -> contact.id().equals(ContactId.of("con-ada"))).findFirst().orElseThrow();
            other.submit(() -> bench.crm.contacts().save(ada)).get();
          }
          return result;
        });
    ImportPorts ports = new ImportPorts(bench.crm.unitOfWork(), bench.crm.publisher(), bench.crm.accounts(),
        racingAda, bench.crm.leads(), bench.crm.opportunities(), bench.crm.orders(), bench.crm.activities());
    CsvImporter importer = new CsvImporter(ports, new SequentialIdGenerator("gen-"),
        Clock.fixed(ImportBench.NOW, ZoneOffset.UTC));

    ImportReport report;
    try {
      report = importer.importCsv(RecordType.CONTACTS, new ByteArrayInputStream(
          "id,first_name\ncon-ada,Ada\ncon-grace,Grace\n".getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
    } finally {
      other.shutdownNow();
    }

    assertThat(report.status()).isEqualTo(ImportReport.Status.NOTHING_IMPORTED);
    assertThat(report.fileProblems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple(2, "store", "conflict"));
    assertThat(bench.crm.contacts().findById(ContactId.of("con-grace"))).isEmpty();
    assertThat(bench.crm.eventHistory().eventsOf(ContactId.of("con-grace"))).isEmpty();
  }

  @Test
  void a_rejected_row_is_reported_with_every_problem_the_reader_found_in_it() {
    byte[] file = "first_name,last_name\nJ\u00FCrgen,\"M\u00FCller\" Sr\n".getBytes(StandardCharsets.ISO_8859_1);

    ImportReport report = bench.importBytes(RecordType.CONTACTS, ImportOptions.defaults(), file);

    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("first_name", "utf8"), tuple("last_name", "utf8"), tuple("last_name", "quote"));
  }

  @Test
  void the_model_refuses_a_row_naming_its_field_and_rule() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "first_name,job_title", ",CEO");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("contact.name", "required"));
  }

  @Test
  void events_are_published_only_for_what_was_saved() {
    bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().asPartial(), ONE_BAD_ROW);

    assertThat(bench.events()).extracting(CrmEvent::type).containsExactly("contact.created", "contact.created");
  }
}
