package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm import} and {@code crm export} as a user runs them, on an H2 database in a temporary
 * directory: what they print, their exit codes, and what the database holds afterwards.
 */
class ImportExportCommandTest {
  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {}

  private Outcome crm(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add("jdbc:h2:file:" + dir.resolve("db").resolve("crm"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  private Path file(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private String exported(String type) {
    Outcome export = crm("export", type, "--file", "-");
    assertThat(export.exitCode()).isZero();
    return export.out();
  }

  @Test
  void an_import_prints_its_counts_and_exits_0() throws IOException {
    Path people = file("people.csv", "first_name,email", "Ada,ada@example.com", "Grace,grace@example.com");

    Outcome outcome = crm("import", "contacts", "--file", people.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out()).contains("Import of contacts from " + people + ": imported")
        .containsPattern("read +2 rows").containsPattern("created +2\\n").containsPattern("rejected +0");
    assertThat(exported("contacts")).contains("ada@example.com").contains("grace@example.com");
  }

  @Test
  void a_rejected_row_is_printed_with_its_line_and_nothing_is_imported_exit_2() throws IOException {
    Path people = file("people.csv", "first_name,email", "Ada,ada@example.com", "Grace,grace at example.com");

    Outcome outcome = crm("import", "contacts", "--file", people.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.out()).contains("nothing imported: 1 row rejected, and an import is all or nothing")
        .containsPattern("created +1 \\(would be\\)")
        .contains("Rejected rows\n  line 3, email: invalid: not an address");
    assertThat(exported("contacts")).doesNotContain("ada@example.com");
  }

  @Test
  void partial_imports_the_good_rows_and_still_exits_2() throws IOException {
    Path people = file("people.csv", "first_name,email", "Ada,ada@example.com", "Grace,grace at example.com");

    Outcome outcome = crm("import", "contacts", "--file", people.toString(), "--partial");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.out()).contains("imported the good rows; 1 row rejected (--partial)");
    assertThat(exported("contacts")).contains("ada@example.com").doesNotContain("grace");
  }

  @Test
  void a_dry_run_saves_nothing() throws IOException {
    Path people = file("people.csv", "first_name,email", "Ada,ada@example.com");

    Outcome outcome = crm("import", "contacts", "--file", people.toString(), "--dry-run");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("dry run, nothing saved").containsPattern("created +1 \\(would be\\)");
    assertThat(exported("contacts").lines()).hasSize(1);
  }

  @Test
  void columns_are_mapped_on_the_command_line_and_from_a_file() throws IOException {
    Path people = file("people.csv", "Vorname,E-Mail,Notizen", "Ada,ada@example.com,met at a fair");
    Path mapping = file("mapping.txt", "# our old CRM", "Vorname=first_name", "Notizen=-");

    Outcome outcome = crm("import", "contacts", "--file", people.toString(), "--map", "E-Mail=email",
        "--mapping-file", mapping.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("Notes\n  ignored column 'Notizen' (column 3) as mapped");
    assertThat(exported("contacts")).contains("Ada").contains("ada@example.com");
  }

  @Test
  void a_file_with_a_missing_column_is_refused_with_exit_2() throws IOException {
    Path leads = file("leads.csv", "first_name,email", "Grace,grace@acme.com");

    Outcome outcome = crm("import", "leads", "--file", leads.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.out()).contains("file refused, nothing imported")
        .contains("File refused\n  line 1, lead_source: required: the file has no column lead_source");
  }

  @Test
  void duplicates_are_skipped_and_listed_or_updated_on_request() throws IOException {
    crm("import", "contacts", "--file", file("a.csv", "first_name,email", "Ada,ada@example.com").toString());
    Path again = file("b.csv", "email,job_title", "ada@example.com,Countess");

    Outcome skipped = crm("import", "contacts", "--file", again.toString(), "--ignore-unknown-columns");
    Outcome updated = crm("import", "contacts", "--file", again.toString(), "--on-duplicate", "update");

    assertThat(skipped.exitCode()).isZero();
    assertThat(skipped.out()).containsPattern("skipped +1 duplicates")
        .contains("Skipped duplicates\n  line 2: duplicate of Contact ");
    assertThat(updated.exitCode()).isZero();
    assertThat(updated.out()).containsPattern("updated +1\\n");
    assertThat(exported("contacts")).contains("Countess");
  }

  @Test
  void an_export_imported_into_another_database_exports_the_same_file() throws IOException {
    crm("import", "accounts", "--file", file("acc.csv", "id,name,domain,size", "acc-1,Acme,acme.com,250",
        "acc-2,\"Globex, Inc.\",globex.com,").toString());
    Path export = dir.resolve("accounts.csv");
    assertThat(crm("export", "accounts", "--file", export.toString()).out())
        .contains("Exported 2 accounts to " + export + " (csv)");

    Path otherDb = dir.resolve("other");
    StringWriter out = new StringWriter();
    int imported = Crm.run(new String[] {"import", "accounts", "--file", export.toString(), "--db",
        "jdbc:h2:file:" + otherDb.resolve("crm")}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    StringWriter again = new StringWriter();
    Crm.run(new String[] {"export", "accounts", "--file", "-", "--db", "jdbc:h2:file:" + otherDb.resolve("crm")},
        new PrintWriter(again), new PrintWriter(new StringWriter()));

    assertThat(imported).isZero();
    assertThat(out.toString()).containsPattern("created +2\\n");
    assertThat(again.toString()).isEqualTo(Files.readString(export, StandardCharsets.UTF_8));
  }

  @Test
  void json_lines_export_and_import_by_file_name() throws IOException {
    crm("import", "contacts", "--file", file("p.csv", "id,first_name,email", "con-1,Ada,ada@example.com").toString());
    Path json = dir.resolve("contacts.jsonl");

    Outcome export = crm("export", "contacts", "--file", json.toString());
    Outcome reimport = crm("import", "contacts", "--file", json.toString());

    assertThat(export.out()).contains("(json)");
    assertThat(Files.readString(json)).startsWith("{\"id\":\"con-1\",\"first_name\":\"Ada\"");
    assertThat(reimport.exitCode()).isZero();
    assertThat(reimport.out()).containsPattern("skipped +1 duplicates");
  }

  @Test
  void an_unknown_type_is_refused_with_exit_2() throws IOException {
    Outcome outcome = crm("import", "people", "--file", file("p.csv", "first_name", "Ada").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("error: type: oneOf (was 'people'): one of contacts, accounts, leads");
  }

  @Test
  void a_missing_file_is_refused_with_exit_2() {
    Outcome outcome = crm("import", "contacts", "--file", dir.resolve("nope.csv").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("error: file: missing").contains("no such file");
  }

  @Test
  void an_unknown_duplicate_policy_is_a_usage_error() throws IOException {
    Outcome outcome = crm("import", "contacts", "--file", file("p.csv", "first_name", "Ada").toString(),
        "--on-duplicate", "merge");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--on-duplicate").contains("merge");
  }

  @Test
  void the_help_of_import_names_every_option() {
    Outcome outcome = crm("import", "--help");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("--file", "--map", "--mapping-file", "--dry-run", "--partial",
        "--on-duplicate", "--db", "--custom-fields", "--max-field-size", "--max-rows", "--ignore-unknown-columns");
  }

  @Test
  void custom_fields_are_read_by_the_schema_given() throws IOException {
    Path schema = file("schema.json", "{\"recordType\":\"Contact\",\"definitions\":[{\"name\":\"seats\","
        + "\"label\":\"Seats\",\"type\":\"NUMBER\"}]}");
    Path people = file("p.csv", "email,cf.seats", "ada@example.com,many");

    Outcome outcome = crm("import", "contacts", "--file", people.toString(), "--custom-fields", schema.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.out()).contains("line 2, cf.seats: type: not a decimal number");
  }
}
