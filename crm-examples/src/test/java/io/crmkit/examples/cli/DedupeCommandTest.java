package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm dedupe} and {@code crm link} as a user runs them, on FEBRL 1 and small files: the
 * clusters as CSV and the figures against the truth (exit 0); files that cannot be matched, with
 * every problem and nothing written (exit 1); bad arguments and missing files (exit 2).
 */
class DedupeCommandTest {
  private static final String FEBRL_TRUTH = "rec-(\\d+)-";

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {}

  static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  private Path febrl1() throws IOException {
    Path file = dir.resolve("dataset1.csv");
    try (InputStream in = DedupeCommandTest.class.getResourceAsStream("/febrl/dataset1.csv")) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path file(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /** Two small files of people, with other ids, for {@code crm link}: the left, then the right. */
  private List<Path> leftAndRight() throws IOException {
    Path left = file("left.csv", "id,first_name,last_name,email", "1,Robert,Smith,bob@example.com",
        "2,Bob,Smith,bob@example.com", "3,Ann,Lee,ann@example.com", "4,Anne,Lee,ann@example.com");
    Path right = file("right.csv", "id,first_name,last_name,email", "11,Robert,Smith,bob@example.com",
        "13,Ann,Lee,ann@example.com", "15,Zed,Moss,zed@example.com");
    return List.of(left, right);
  }

  /** The command's arguments and more. */
  private static String[] with(String[] command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static double figure(String summary, String name) {
    Matcher m = Pattern.compile(name + "\\s+([0-9.]+)").matcher(summary);
    assertThat(m.find()).as("%s in %s", name, summary).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void febrl1_is_deduplicated_into_clusters_with_its_figures() throws IOException {
    Path clusters = dir.resolve("clusters.csv");

    Outcome outcome = crm("dedupe", "--input", febrl1().toString(), "--id", "rec_id", "--truth-id-pattern",
        FEBRL_TRUTH, "--output", clusters.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    List<String> rows = Files.readAllLines(clusters);
    assertThat(rows.get(0)).isEqualTo("cluster_id,rec_id,cluster_size");
    assertThat(rows).hasSize(1_001).contains("rec-10-dup-0,rec-10-dup-0,2", "rec-10-dup-0,rec-10-org,2");
    assertThat(outcome.out()).contains("1,000 records in").contains("against the truth (500 true pairs)")
        .contains("compared: given_name:name, surname:name, street_number:identifier, address_1:address,"
            + " address_2:address, suburb:text, postcode:postcode, state:exact, date_of_birth:date,"
            + " soc_sec_id:identifier");
    assertThat(figure(outcome.out(), "pair F1")).isGreaterThanOrEqualTo(0.99);
    assertThat(figure(outcome.out(), "pair precision")).isGreaterThanOrEqualTo(0.99);
    assertThat(figure(outcome.out(), "pair completeness")).isGreaterThanOrEqualTo(0.995);
    assertThat(figure(outcome.out(), "reduction ratio")).isGreaterThan(0.99);
  }

  @Test
  void without_an_output_file_the_clusters_go_to_standard_output_and_the_summary_to_standard_error()
      throws IOException {
    Outcome outcome = crm("dedupe", "--input", febrl1().toString(), "--id", "rec_id");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out().lines().findFirst()).contains("cluster_id,rec_id,cluster_size");
    assertThat(outcome.out().lines().count()).isEqualTo(1_001);
    assertThat(outcome.err()).contains("records in").doesNotContain("against the truth");
  }

  @Test
  void a_truth_column_is_not_compared_and_gives_the_figures() throws IOException {
    Path people = file("people.csv",
        "id,first_name,last_name,email,person",
        "1,Robert,Smith,bob@example.com,a", "2,Bob,Smith,bob@example.com,a", "3,Ann,Lee,ann@example.com,b",
        "4,Anne,Lee,ann@example.com,b", "5,Zoe,Moss,zoe@example.com,c");

    Outcome outcome = crm("dedupe", "--input", people.toString(), "--id", "id", "--truth", "person",
        "--block", "email", "--output", dir.resolve("out.csv").toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("compared: first_name:name, last_name:name, email:email")
        .contains("against the truth (2 true pairs)").contains("blocking: 2 comparisons of 10 possible pairs");
  }

  @Test
  void two_files_are_linked_across_only() throws IOException {
    List<String> lines = Files.readAllLines(febrl1());
    List<String> originals = new ArrayList<>(List.of(lines.get(0)));
    List<String> duplicates = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      (line.contains("-org") ? originals : duplicates).add(line);
    }
    Path left = file("originals.csv", originals.toArray(String[]::new));
    Path right = file("duplicates.csv", duplicates.toArray(String[]::new));
    Path links = dir.resolve("links.csv");

    Outcome outcome = crm("link", "--left", left.toString(), "--right", right.toString(), "--id", "rec_id",
        "--truth-id-pattern", FEBRL_TRUTH, "--output", links.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(Files.readAllLines(links)).contains("cluster_id,file,rec_id,cluster_size",
        "rec-10-dup-0,left,rec-10-org,2", "rec-10-dup-0,right,rec-10-dup-0,2");
    assertThat(outcome.out()).contains("against the truth (500 true pairs)")
        .contains("blocking: ").contains("of 250,000 possible pairs");
    assertThat(figure(outcome.out(), "pair F1")).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void own_blocking_rules_replace_the_automatic_ones() throws IOException {
    Outcome outcome = crm("dedupe", "--input", febrl1().toString(), "--id", "rec_id", "--block",
        "surname[0:2]+postcode", "--block", "soundex(given_name)+date_of_birth", "--block", "soc_sec_id",
        "--output", dir.resolve("out.csv").toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains(", 3 rules");
  }

  @Test
  void a_malformed_file_is_reported_with_its_lines_and_nothing_is_written() throws IOException {
    Path bad = file("bad.csv", "id,name", "1,Ann", "2,Bob,extra", "3");
    Path out = dir.resolve("out.csv");

    Outcome outcome = crm("dedupe", "--input", bad.toString(), "--id", "id", "--output", out.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("error: nothing deduplicated: 2 problems").contains("bad.csv line 3")
        .contains("bad.csv line 4");
    assertThat(out).doesNotExist();
  }

  @Test
  void an_id_used_twice_is_refused() throws IOException {
    Path twice = file("twice.csv", "id,name", "1,Ann", "1,Ann", "2,Bob");

    Outcome outcome = crm("dedupe", "--input", twice.toString(), "--id", "id");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("cannot be deduplicated").contains("records.id: unique (was '1')");
  }

  @Test
  void records_that_share_no_key_give_nothing_to_learn_from() throws IOException {
    Path strangers = file("strangers.csv", "id,name", "1,Ann", "2,Bob");

    Outcome outcome = crm("dedupe", "--input", strangers.toString(), "--id", "id");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("records: too-few");
  }

  @Test
  void bad_arguments_are_usage_errors() throws IOException {
    String input = febrl1().toString();

    assertThat(crm("dedupe", "--input", input, "--id", "nope").err()).contains("--id: unknown-column (was 'nope')");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--columns", "surname:colour").err())
        .contains("--columns: 'surname:colour': the kind is one of");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--columns", "nope").err())
        .contains("--columns: unknown-column (was 'nope')");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--block", "surname[0:x]").err())
        .contains("--block: 'surname[0:x]' is not a key part");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--columns", "surname", "--block", "postcode").err())
        .contains("--block: 'postcode' reads postcode, which is not a compared column");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--region", "XX").err())
        .contains("--region: unsupported (was 'XX')");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--review", "0.95").err())
        .contains("--review: range (was '0.95')");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--max-cluster-size", "1").err())
        .contains("--max-cluster-size: give 2 or more");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--truth", "rec_id", "--truth-id-pattern", "(x)").err())
        .contains("give one of them");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--truth-id-pattern", "rec").err())
        .contains("the pattern needs a group");
    assertThat(crm("dedupe", "--input", input, "--id", "rec_id", "--truth-id-pattern", "rec").exitCode()).isEqualTo(2);
  }

  @Test
  void a_missing_file_is_a_usage_error() {
    Outcome outcome = crm("dedupe", "--input", dir.resolve("nope.csv").toString(), "--id", "id");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("input: missing");
  }

  @Test
  void linking_needs_the_columns_in_both_files() throws IOException {
    Path left = file("left.csv", "id,name,email", "1,Ann,ann@example.com");
    Path right = file("right.csv", "id,name", "2,Ann");

    Outcome outcome = crm("link", "--left", left.toString(), "--right", right.toString(), "--id", "id");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--right --columns: unknown-column (was 'email')");
  }

  @Test
  void link_checks_the_shared_options_as_dedupe_does_naming_the_file() throws IOException {
    List<Path> files = leftAndRight();
    String[] dedupe = {"dedupe", "--input", files.get(0).toString(), "--id", "id"};
    String[] link = {"link", "--left", files.get(0).toString(), "--right", files.get(1).toString(), "--id", "id"};

    for (String[] command : List.of(dedupe, link)) {
      assertThat(crm(with(command, "--review", "0.95")).err()).contains("error: --review: range (was '0.95')");
      assertThat(crm(with(command, "--max-cluster-size", "1")).err())
          .contains("error: --max-cluster-size: give 2 or more (was 1)");
      assertThat(crm(with(command, "--truth-id-pattern", "rec")).err()).contains("the pattern needs a group");
      assertThat(crm(with(command, "--region", "XX")).exitCode()).isEqualTo(2);
    }
    assertThat(crm(with(dedupe, "--truth", "person")).err()).contains("error: --truth: unknown-column (was 'person')");
    assertThat(crm(with(link, "--truth", "person")).err())
        .contains("error: --left --truth: unknown-column (was 'person')");
    assertThat(crm(with(link, "--region-column", "cc")).err())
        .contains("error: --left --region-column: unknown-column (was 'cc')");
  }

  @Test
  void an_output_file_in_a_missing_folder_is_a_usage_error_of_both_commands() throws IOException {
    List<Path> files = leftAndRight();
    String output = dir.resolve("missing").resolve("out.csv").toString();

    Outcome dedupe = crm("dedupe", "--input", files.get(0).toString(), "--id", "id", "--block", "email", "--output",
        output);
    Outcome link = crm("link", "--left", files.get(0).toString(), "--right", files.get(1).toString(), "--id", "id",
        "--block", "email", "--output", output);

    for (Outcome outcome : List.of(dedupe, link)) {
      assertThat(outcome.exitCode()).isEqualTo(2);
      assertThat(outcome.err()).contains("output: unwritable").contains("the folder does not exist");
    }
  }

  @Test
  void column_kinds_are_guessed_from_their_names() {
    assertThat(IdentityColumn.guess("Email_Address")).isEqualTo(IdentityColumn.Kind.EMAIL);
    assertThat(IdentityColumn.guess("mobile")).isEqualTo(IdentityColumn.Kind.PHONE);
    assertThat(IdentityColumn.guess("date_of_birth")).isEqualTo(IdentityColumn.Kind.DATE);
    assertThat(IdentityColumn.guess("zip")).isEqualTo(IdentityColumn.Kind.POSTCODE);
    assertThat(IdentityColumn.guess("street_number")).isEqualTo(IdentityColumn.Kind.IDENTIFIER);
    assertThat(IdentityColumn.guess("given_name")).isEqualTo(IdentityColumn.Kind.NAME);
    assertThat(IdentityColumn.guess("address_1")).isEqualTo(IdentityColumn.Kind.ADDRESS);
    assertThat(IdentityColumn.guess("state")).isEqualTo(IdentityColumn.Kind.EXACT);
    assertThat(IdentityColumn.guess("suburb")).isEqualTo(IdentityColumn.Kind.TEXT);
  }
}
