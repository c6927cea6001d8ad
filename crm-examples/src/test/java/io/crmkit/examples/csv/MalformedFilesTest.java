package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.EmailAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Malformed files never throw and never import half: each is reported (a file refused as a whole,
 * or its bad rows rejected with line, field and rule) and the store is left as it was.
 */
class MalformedFilesTest {
  private final ImportBench bench = new ImportBench();

  @Test
  void a_row_in_latin1_is_rejected_with_its_line_and_column_and_nothing_is_imported() {
    byte[] file = ("first_name,email\nAda,ada@example.com\n"
        + "J\u00FCrgen,juergen@example.com\nGrace,grace@example.com\n").getBytes(StandardCharsets.ISO_8859_1);

    ImportReport report = bench.importBytes(RecordType.CONTACTS, ImportOptions.defaults(), file);

    assertThat(report.status()).isEqualTo(ImportReport.Status.NOTHING_IMPORTED);
    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isEqualTo("first_name");
      assertThat(p.rule()).isEqualTo("utf8");
      assertThat(p.reason()).contains("0xFC").contains("save the file as UTF-8");
    });
    assertThat(report.created()).isEqualTo(2);
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void a_file_in_utf16_is_refused_at_its_header() {
    byte[] file = "\uFEFFfirst_name,email\nAda,ada@example.com\n".getBytes(StandardCharsets.UTF_16);

    ImportReport report = bench.importBytes(RecordType.CONTACTS, ImportOptions.defaults(), file);

    assertThat(report.status()).isEqualTo(ImportReport.Status.REFUSED);
    assertThat(report.fileProblems()).extracting(ImportProblem::rule).contains("utf8");
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void a_file_without_a_required_column_is_refused_before_any_row_is_read() {
    ImportReport report = bench.importCsv(RecordType.LEADS, "first_name,email", "Grace,grace@acme.com");

    assertThat(report.status()).isEqualTo(ImportReport.Status.REFUSED);
    assertThat(report.read()).isZero();
    assertThat(report.fileProblems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.field()).isEqualTo("lead_source");
      assertThat(p.rule()).isEqualTo("required");
      assertThat(p.reason()).contains("no column lead_source");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void a_contact_file_needs_a_name_or_an_email_column() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "job_title,phone", "CEO,+4930123456");

    assertThat(report.fileProblems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("first_name|last_name|email");
      assertThat(p.reason()).contains("none of the columns first_name, last_name, email");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void every_missing_column_is_named_at_once() {
    ImportReport report = bench.importCsv(RecordType.OPPORTUNITIES, "name", "Acme deal");

    assertThat(report.fileProblems()).extracting(ImportProblem::field)
        .containsExactly("account_id", "stage", "amount|line_items", "expected_close_date", "owner_id");
  }

  @Test
  void an_unclosed_quote_rejects_its_row_and_names_the_line_it_opened_on() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS,
        "first_name,email", "Ada,ada@example.com", "\"Grace,grace@example.com", "Linus,linus@example.com");

    assertThat(report.status()).isEqualTo(ImportReport.Status.NOTHING_IMPORTED);
    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.rule()).isEqualTo("quote");
      assertThat(p.reason()).contains("starts on line 3");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void a_stray_quote_rejects_its_row() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS,
        "first_name,job_title", "Ada,\"Head\" of Sales", "Grace,Buyer 5\"");

    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "job_title", "quote"),
            org.assertj.core.groups.Tuple.tuple(3, "job_title", "quote"));
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void a_huge_field_rejects_its_row_instead_of_filling_the_memory() {
    String huge = "x".repeat(5 * 1024 * 1024);

    ImportReport report = bench.importCsv(RecordType.CONTACTS,
        "first_name,job_title", "Ada,CEO", "Grace," + huge);

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isEqualTo("job_title");
      assertThat(p.rule()).isEqualTo("length");
      assertThat(p.reason()).contains("longer than 65536 characters");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void the_field_limit_can_be_lowered() {
    ImportOptions small = ImportOptions.defaults().withLimits(CsvLimits.DEFAULT.withMaxFieldLength(10));

    ImportReport report = bench.importCsv(RecordType.CONTACTS, small, "first_name", "Ada", "Alexandra-Maria");

    assertThat(report.rejections()).extracting(ImportProblem::line).containsExactly(3);
  }

  @Test
  void a_file_with_more_rows_than_the_limit_is_refused() {
    ImportOptions two = ImportOptions.defaults().withLimits(CsvLimits.DEFAULT.withMaxRows(2));

    ImportReport report = bench.importCsv(RecordType.CONTACTS, two, "first_name", "Ada", "Grace", "Linus");

    assertThat(report.status()).isEqualTo(ImportReport.Status.REFUSED);
    assertThat(report.fileProblems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.rule()).isEqualTo("rows");
      assertThat(p.reason()).contains("more than 2 rows");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void an_empty_file_is_refused_for_want_of_a_header() {
    ImportReport report = bench.importBytes(RecordType.CONTACTS, ImportOptions.defaults(), new byte[0]);

    assertThat(report.status()).isEqualTo(ImportReport.Status.REFUSED);
    assertThat(report.fileProblems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("empty");
      assertThat(p.reason()).contains("first line names the columns");
    });
  }

  @Test
  void a_file_of_blank_lines_and_a_byte_order_mark_is_empty_too() {
    byte[] file = "\uFEFF\n\r\n\n".getBytes(StandardCharsets.UTF_8);

    ImportReport report = bench.importBytes(RecordType.CONTACTS, ImportOptions.defaults(), file);

    assertThat(report.fileProblems()).extracting(ImportProblem::rule).containsExactly("empty");
  }

  @Test
  void a_header_without_rows_imports_nothing_and_is_no_error() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "first_name,email");

    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(report.read()).isZero();
    assertThat(report.clean()).isTrue();
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void an_unknown_column_refuses_the_file_and_says_how_to_map_or_ignore_it() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "first_name,emial", "Ada,ada@example.com");

    assertThat(report.status()).isEqualTo(ImportReport.Status.REFUSED);
    assertThat(report.fileProblems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("emial");
      assertThat(p.rule()).isEqualTo("unknown");
      assertThat(p.reason()).contains("--map 'emial=<column>'").contains("--map 'emial=-'");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void unknown_columns_can_be_ignored_on_request_and_are_listed() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().ignoringUnknownColumns(),
        "first_name,Favourite colour", "Ada,green");

    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(report.notes()).containsExactly("ignored unknown column 'Favourite colour' (column 2)");
  }

  @Test
  void a_row_with_more_fields_than_the_header_is_rejected() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS,
        "first_name,last_name", "Ada,Lovelace", "Lovelace, Ada,Countess");

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isEqualTo("row");
      assertThat(p.rule()).isEqualTo("fields");
      assertThat(p.reason()).contains("3 fields, the header 2").contains("needs quotes");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void a_row_with_fewer_fields_than_the_header_is_rejected() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "first_name,last_name,email", "Ada,Lovelace");

    assertThat(report.rejections()).extracting(ImportProblem::rule).containsExactly("fields");
  }

  @Test
  void a_date_in_another_format_is_rejected_naming_the_column_and_the_format_expected() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS,
        "first_name,created_at", "Ada,2026-01-05T09:00:00Z", "Grace,05/01/2026");

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isEqualTo("created_at");
      assertThat(p.rule()).isEqualTo("instant");
      assertThat(p.reason()).contains("2026-01-05T09:00:00Z").contains("was '05/01/2026'");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void a_calendar_date_in_another_format_is_rejected_too() {
    ImportReport report = bench.importCsv(RecordType.OPPORTUNITIES,
        "name,account_id,stage,amount,currency,expected_close_date,owner_id",
        "Acme deal,acc-1,Discovery,1000,EUR,31.03.2026,user-1");

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("expected_close_date");
      assertThat(p.rule()).isEqualTo("date");
    });
  }

  @Test
  void a_column_named_twice_refuses_the_file() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "first_name,email, EMAIL ", "Ada,a@x.io,b@x.io");

    assertThat(report.fileProblems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("duplicate");
      assertThat(p.reason()).contains("column 3").contains("column 2");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void two_columns_mapped_to_one_refuse_the_file() {
    ImportOptions options = ImportOptions.defaults()
        .withMapping(ColumnMapping.parse(java.util.List.of("Mail=email", "Work mail=email")));

    ImportReport report = bench.importCsv(RecordType.CONTACTS, options, "Mail,Work mail", "a@x.io,b@x.io");

    assertThat(report.fileProblems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("email");
      assertThat(p.rule()).isEqualTo("duplicate");
      assertThat(p.reason()).contains("both hold email");
    });
  }

  @Test
  void a_cell_of_broken_json_is_rejected_with_the_json_problem() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS,
        "first_name,postal_addresses", "Ada,\"[{\"\"lines\"\":[\"\"1 Main St\"\"],\"\"country\"\":\"\"XX\"\"}]\"",
        "Grace,\"[{\"\"lines\"\":\"", "Linus,not json");

    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "postal_addresses"),
            org.assertj.core.groups.Tuple.tuple(3, "postal_addresses"),
            org.assertj.core.groups.Tuple.tuple(4, "postal_addresses"));
    assertThat(report.rejections().get(0).rule()).isEqualTo("iso3166");
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void binary_garbage_is_refused_without_an_exception() {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);

    ImportReport report = bench.importBytes(RecordType.ORDERS, ImportOptions.defaults(), garbage);

    assertThat(report.status()).isIn(ImportReport.Status.REFUSED, ImportReport.Status.NOTHING_IMPORTED);
    assertThat(report.clean()).isFalse();
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void nothing_of_a_rejected_file_can_be_found_afterwards() {
    bench.importCsv(RecordType.CONTACTS, "first_name,email", "Ada,ada@example.com", "Grace,not-an-email");

    assertThat(bench.crm.contacts().findByEmail(EmailAddress.of("ada@example.com"))).isEmpty();
  }
}
