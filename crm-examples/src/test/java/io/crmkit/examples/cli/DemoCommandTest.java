package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm demo} as a user runs it: a sample company stored, reported on, the same on every run. */
class DemoCommandTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir Path home;

  record Outcome(int exitCode, String out, String err) {
    /** The output without its "Stored in" line, the one line that says where the records went. */
    String report() {
      return out.replaceFirst("Stored in [^\n]*\n", "");
    }
  }

  static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  @Test
  void the_demo_stores_the_company_in_its_embedded_database_and_prints_every_section() {
    Path directory = home.resolve("demo");

    Outcome outcome = crm("demo", "--leads", "150", "--db-dir", directory.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out()).containsSubsequence(
        "crmkit demo: Brightwave Analytics, a sample company made from seed 42 with 150 leads",
        "Stored in the H2 database " + directory.resolve("crm.mv.db") + ", recreated for this run",
        "Records read: 150 leads, ", "Open pipeline on 31 Mar 2026", "All open deals",
        "Deals won and lost from 1 Oct 2025 to 31 Mar 2026", "Q4 2025", "Q1 2026", "Average won deal: EUR ",
        "Lead conversion by source", "All sources", "Top accounts by order revenue", "Open support cases by severity",
        "Activities in the last 14 days", "Lead conversions: the first of each kind this run saw",
        "Timeline of ", "WHEN (UTC)");
    assertThat(directory.resolve("crm.mv.db")).exists();
  }

  @Test
  void the_same_options_print_the_same_report_in_the_database_and_in_memory() {
    Outcome inDatabase = crm("demo", "--leads", "120", "--seed", "9", "--db", h2());
    Outcome inMemory = crm("demo", "--leads", "120", "--seed", "9", "--in-memory");

    assertThat(inDatabase.exitCode()).isZero();
    assertThat(inDatabase.report()).isEqualTo(inMemory.report());
    assertThat(inMemory.out()).contains("Stored in memory");
  }

  @Test
  void every_run_starts_from_a_fresh_database_and_prints_the_same() {
    String directory = home.resolve("again").toString();

    Outcome first = crm("demo", "--leads", "80", "--db-dir", directory);
    Outcome second = crm("demo", "--leads", "80", "--db-dir", directory);

    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out()).contains("Records read: 80 leads");
  }

  @Test
  void another_seed_prints_another_company() {
    Outcome one = crm("demo", "--leads", "80", "--in-memory", "--seed", "1");
    Outcome two = crm("demo", "--leads", "80", "--in-memory", "--seed", "2");

    assertThat(two.out()).isNotEqualTo(one.out()).contains("made from seed 2");
  }

  @Test
  void a_database_named_with_db_must_be_empty() {
    String url = h2();
    crm("demo", "--leads", "20", "--db", url);

    Outcome again = crm("demo", "--leads", "20", "--db", url);

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).startsWith("error: db: notEmpty").contains("already holds leads");
    assertThat(again.out()).isEmpty();
  }

  @Test
  void another_contact_s_timeline_is_chosen_by_e_mail() {
    Outcome first = crm("demo", "--leads", "150", "--in-memory");
    String other = first.out().replaceFirst("(?s).*--contact ([^)\\s]+)\\).*", "$1");

    Outcome outcome = crm("demo", "--leads", "150", "--in-memory", "--contact", " " + other.toUpperCase() + " ");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).containsPattern("Timeline of [^\n]*<" + other + ">");
  }

  @Test
  void a_contact_the_company_does_not_have_is_refused_naming_some_it_has() {
    Outcome unknown = crm("demo", "--leads", "150", "--in-memory", "--contact", "nobody@example.com");
    Outcome malformed = crm("demo", "--leads", "150", "--in-memory", "--contact", "not-an-address");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: contact: unknown").contains("nobody@example.com", "try one of ");
    assertThat(unknown.out()).isEmpty();
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).startsWith("error: email: invalid");
  }

  @Test
  void progress_goes_to_stderr_when_asked_for_and_leaves_the_report_alone() {
    Outcome quiet = crm("demo", "--leads", "40", "--in-memory");
    Outcome shown = crm("demo", "--leads", "40", "--in-memory", "--progress");

    assertThat(quiet.err()).as("no terminal in a test, so no progress by default").isEmpty();
    assertThat(shown.out()).isEqualTo(quiet.out());
    assertThat(shown.err()).contains("simulating the days: 182/182", "reading the records: ");
    assertThat(shown.err().split("\n")).as("one line per step").hasSize(2);
  }

  @Test
  void bad_options_exit_2_saying_what_is_wrong() {
    assertRefused(crm("demo", "--size", "huge"), "invalid value for option '--size'", "SMALL, MEDIUM, LARGE");
    assertRefused(crm("demo", "--leads", "0"), "--leads is 1 to 50000, not 0");
    assertRefused(crm("demo", "--leads", "many"), "invalid value for option '--leads'");
    assertRefused(crm("demo", "--seed", "x"), "invalid value for option '--seed'");
    assertRefused(crm("demo", "--size", "small", "--leads", "10"), "mutually exclusive");
    assertRefused(crm("demo", "--in-memory", "--db", h2()), "mutually exclusive");
    assertRefused(crm("demo", "--db", "postgres://localhost/crm"), "--db takes a JDBC URL");
    assertRefused(crm("demo", "extra"), "unmatched argument");
  }

  @Test
  void a_password_in_the_url_is_not_printed() {
    assertThat(DemoStore.withoutPassword("jdbc:postgresql://db/crm?user=crm&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/crm?user=crm&password=***&ssl=true");
    assertThat(DemoStore.withoutPassword("jdbc:h2:mem:x;PASSWORD=s3cret")).isEqualTo("jdbc:h2:mem:x;PASSWORD=***");
  }

  @Test
  void the_demo_database_directory_keeps_other_files() throws Exception {
    Path directory = home.resolve("kept");
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("notes.txt"), "mine");

    crm("demo", "--leads", "10", "--db-dir", directory.toString());

    assertThat(directory.resolve("notes.txt")).hasContent("mine");
  }

  private static void assertRefused(Outcome outcome, String... says) {
    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("error: ").contains(says);
    assertThat(outcome.out()).isEmpty();
  }

  /** A new in-memory H2 database, kept while this JVM runs. */
  private static String h2() {
    return "jdbc:h2:mem:demo-test-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
  }
}
