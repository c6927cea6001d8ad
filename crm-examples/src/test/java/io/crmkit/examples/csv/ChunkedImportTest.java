package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.value.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An import of more rows than one chunk: rows are looked up and saved {@value CsvImporter#CHUNK} at
 * a time, with one look-up of stored duplicates and one batch of saves and events per chunk, and
 * the report reads as if the rows had been taken one by one.
 */
class ChunkedImportTest {
  private static final int ROWS = CsvImporter.CHUNK + CsvImporter.CHUNK / 2;

  private final ImportBench bench = new ImportBench();

  /** A contacts file: the header, then {@code rows} contacts with e-mail addresses person-1@example.com... */
  private static List<String> contacts(int rows) {
    List<String> lines = new ArrayList<>();
    lines.add("first_name,email");
    for (int i = 1; i <= rows; i++) {
      lines.add("Person " + i + ",person-" + i + "@example.com");
    }
    return lines;
  }

  private ImportReport importLines(ImportOptions options, List<String> lines) {
    return bench.importCsv(RecordType.CONTACTS, options, lines.toArray(String[]::new));
  }

  @Test
  void each_chunk_looks_its_duplicates_up_in_one_query_and_saves_its_records_in_one_batch() {
    ImportReport report = importLines(ImportOptions.defaults(), contacts(ROWS));

    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(report.created()).isEqualTo(ROWS);
    assertThat(bench.calls("ContactRepository.findByEmails")).isEqualTo(2);
    assertThat(bench.calls("ContactRepository.findByEmail")).isZero();
    assertThat(bench.calls("ContactRepository.saveAll")).isEqualTo(2);
    assertThat(bench.calls("ContactRepository.save")).isZero();
    assertThat(bench.saves()).isEqualTo(ROWS);
    assertThat(bench.events()).hasSize(ROWS);
    assertThat(bench.crm.contacts().findByEmail(EmailAddress.of("person-" + ROWS + "@example.com"))).isPresent();
  }

  @Test
  void a_row_repeating_a_row_of_an_earlier_chunk_is_skipped_and_names_that_row() {
    List<String> lines = contacts(ROWS);
    lines.add("Again,person-1@example.com");

    ImportReport report = importLines(ImportOptions.defaults(), lines);

    assertThat(report.created()).isEqualTo(ROWS);
    assertThat(report.skippedRows()).extracting(SkippedRow::line, SkippedRow::reason)
        .containsExactly(tuple(ROWS + 2, "repeats line 2 (email person-1@example.com)"));
  }

  @Test
  void a_stored_duplicate_in_a_later_chunk_is_found_by_that_chunk_s_look_up() {
    bench.crm.contacts().save(PeopleFixtures.aContact().emails(List.of(EmailAddress.of("person-1200@example.com")))
        .build());

    ImportReport report = importLines(ImportOptions.defaults().onDuplicate(DuplicatePolicy.FAIL), contacts(ROWS));

    assertThat(report.status()).isEqualTo(ImportReport.Status.NOTHING_IMPORTED);
    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple(1201, "email", "duplicate"));
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void rejections_are_reported_in_file_order_whether_found_while_reading_or_while_planning() {
    bench.crm.contacts().save(PeopleFixtures.aContact().emails(List.of(EmailAddress.of("person-2@example.com")))
        .build());
    List<String> lines = contacts(4);
    lines.set(4, "Person 4,person-4@example.com,surplus");

    ImportReport report = importLines(ImportOptions.defaults().onDuplicate(DuplicatePolicy.FAIL).asPartial(), lines);

    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::rule)
        .containsExactly(tuple(3, "duplicate"), tuple(5, "fields"));
    assertThat(report.created()).isEqualTo(2);
  }

  @Test
  void a_dry_run_of_many_chunks_saves_nothing_and_counts_every_row() {
    ImportReport report = importLines(ImportOptions.defaults().asDryRun(), contacts(ROWS));

    assertThat(report.status()).isEqualTo(ImportReport.Status.DRY_RUN);
    assertThat(report.created()).isEqualTo(ROWS);
    assertThat(bench.untouched()).isTrue();
  }
}
