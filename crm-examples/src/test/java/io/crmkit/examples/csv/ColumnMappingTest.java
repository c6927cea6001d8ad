package io.crmkit.examples.csv;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.EmailAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping a file's columns to the canonical ones. */
class ColumnMappingTest {
  private final ImportBench bench = new ImportBench();

  @Test
  void a_header_in_other_case_with_spaces_or_hyphens_needs_no_mapping() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, " First Name ,LAST-NAME,Email", "Ada,Lovelace,ada@x.io");

    assertThat(report.clean()).isTrue();
    assertThat(bench.crm.contacts().findByEmail(EmailAddress.of("ada@x.io")).orElseThrow().lastName())
        .contains("Lovelace");
  }

  @Test
  void a_mapped_column_is_read_as_its_target() {
    ImportOptions options = ImportOptions.defaults()
        .withMapping(ColumnMapping.parse(List.of("E-Mail=email", "Vorname=first_name")));

    ImportReport report = bench.importCsv(RecordType.CONTACTS, options, "Vorname,E-Mail", "Ada,ada@x.io");

    assertThat(report.clean()).isTrue();
    assertThat(bench.crm.contacts().findByEmail(EmailAddress.of("ada@x.io")).orElseThrow().firstName())
        .contains("Ada");
  }

  @Test
  void a_column_mapped_to_a_dash_is_ignored_and_noted() {
    ImportOptions options = ImportOptions.defaults().withMapping(ColumnMapping.parse(List.of("Notes=-")));

    ImportReport report = bench.importCsv(RecordType.CONTACTS, options, "first_name,Notes", "Ada,met at a fair");

    assertThat(report.clean()).isTrue();
    assertThat(report.notes()).containsExactly("ignored column 'Notes' (column 2) as mapped");
  }

  @Test
  void a_mapping_the_file_does_not_use_is_noted() {
    ImportOptions options = ImportOptions.defaults().withMapping(ColumnMapping.parse(List.of("Mobile=phone")));

    ImportReport report = bench.importCsv(RecordType.CONTACTS, options, "first_name", "Ada");

    assertThat(report.notes()).containsExactly("the mapping 'Mobile=phone' was not used: the file has no such column");
  }

  @Test
  void a_mapping_to_no_column_of_the_type_refuses_the_file() {
    ImportOptions options = ImportOptions.defaults().withMapping(ColumnMapping.parse(List.of("E-Mail=emial")));

    ImportReport report = bench.importCsv(RecordType.CONTACTS, options, "first_name,E-Mail", "Ada,ada@x.io");

    assertThat(report.fileProblems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("E-Mail");
      assertThat(p.rule()).isEqualTo("mapping");
      assertThat(p.reason()).contains("'E-Mail=emial'").contains("first_name, middle_name");
    });
  }

  @Test
  void a_source_name_may_itself_hold_an_equals_sign() {
    ColumnMapping mapping = ColumnMapping.parse(List.of("Score (1=best)=score"));

    assertThat(mapping.targetOf("score (1=best)")).contains("score");
  }

  @Test
  void a_mapping_without_equals_sign_or_with_a_blank_side_is_refused() {
    assertRejected(() -> ColumnMapping.parse(List.of("E-Mail email")), "mapping", "invalid");
    assertRejected(() -> ColumnMapping.parse(List.of("=email")), "mapping", "invalid");
    assertRejected(() -> ColumnMapping.parse(List.of("E-Mail= ")), "mapping", "invalid");
  }

  @Test
  void a_source_mapped_twice_is_refused() {
    assertRejected(() -> ColumnMapping.parse(List.of("Mail=email", "mail=other_emails")), "mapping", "duplicate");
  }

  @Test
  void a_mapping_file_holds_one_pair_a_line_with_comments(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mapping.txt");
    Files.writeString(file, "# from the old CRM\nE-Mail=email\n\n  Vorname = first_name \n", StandardCharsets.UTF_8);

    ColumnMapping mapping = ColumnMapping.read(file);

    assertThat(mapping.targetOf("E-Mail")).contains("email");
    assertThat(mapping.targetOf("vorname")).contains("first_name");
  }

  @Test
  void a_mapping_file_that_cannot_be_read_is_refused(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Stra\u00DFe=street\n".getBytes(StandardCharsets.ISO_8859_1));

    assertRejected(() -> ColumnMapping.read(dir.resolve("missing.txt")), "mapping", "unreadable");
    assertRejected(() -> ColumnMapping.read(latin1), "mapping", "unreadable");
  }

  @Test
  void pairs_given_later_win() {
    ColumnMapping mapping = ColumnMapping.parse(List.of("Mail=email"))
        .and(ColumnMapping.parse(List.of("Mail=other_emails")));

    assertThat(mapping.targetOf("Mail")).contains("other_emails");
  }

  @Test
  void keys_fold_case_white_space_and_hyphens() {
    assertThat(ColumnMapping.key("  First-Name ")).isEqualTo("first_name");
    assertThat(ColumnMapping.key("first \u00A0 name")).isEqualTo("first_name");
    assertThat(ColumnMapping.key("cf.Tier_Level")).isEqualTo("cf.tier_level");
  }
}
