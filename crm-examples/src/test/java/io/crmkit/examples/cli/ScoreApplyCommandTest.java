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
 * {@code crm score apply} as a user runs it: a CSV row per lead with its score, grade, routing and
 * the rules behind it (exit 0); an invalid model or a malformed file, with every problem and nothing
 * written (exit 1); bad arguments or missing files (exit 2).
 */
class ScoreApplyCommandTest {
  private static final Path SAMPLES = Path.of("..", "examples", "scoring");
  private static final String AS_OF = "2026-03-02T09:00:00Z";

  /** Senior titles and big companies fit, a lead without an industry fits less; pricing views engage. */
  private static final String MODEL = """
      {"model": "Test",
       "groups": [
         {"name": "Fit", "dimension": "fit", "rules": [
           {"id": "senior", "field": "title", "in": ["VP", "Director"], "points": 40},
           {"id": "no-industry", "field": "industry", "absent": true, "points": -5},
           {"id": "big", "field": "employees", "range": {"min": 100}, "points": 20}]},
         {"name": "Web", "dimension": "engagement", "decay": {"halfLifeDays": 30}, "rules": [
           {"id": "pricing", "event": "page view", "detailContains": "/pricing", "points": 20}]}],
       "routing": [{"minimumScore": 50, "lifecycleStage": "MQL"}]}
      """;

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  private Path file(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private Path model() throws IOException {
    return file("model.json", MODEL);
  }

  private Path leads() throws IOException {
    return file("leads.csv", "id,title,industry,employees", "a-1,VP,Software,250", "a-2,Student,Select,12",
        "\"a,3\",Director,,NA");
  }

  /** Applies the test model to a leads file with more arguments. */
  private Outcome apply(Path leads, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("score", "apply", "--model", model().toString(),
        "--input", leads.toString()));
    args.addAll(List.of(more));
    return crm(args.toArray(String[]::new));
  }

  @Test
  void each_lead_gets_a_row_with_its_id_score_grade_routing_and_the_rules_behind_it() throws IOException {
    Outcome outcome = apply(leads(), "--id", "id", "--as-of", AS_OF);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.outLines()).containsExactly(
        "id,score,grade,routed_to,explanation",
        "a-1,60,A3,MQL,senior: +40; big: +20",
        "a-2,0,D3,,no-industry: 0",
        "\"a,3\",35,B3,,senior: +40; no-industry: -5");
  }

  @Test
  void without_an_id_column_the_rows_follow_the_leads_order() throws IOException {
    Outcome outcome = apply(leads(), "--as-of", AS_OF);

    assertThat(outcome.outLines()).containsExactly(
        "score,grade,routed_to,explanation",
        "60,A3,MQL,senior: +40; big: +20",
        "0,D3,,no-industry: 0",
        "35,B3,,senior: +40; no-industry: -5");
  }

  @Test
  void placeholders_are_absent_values_and_are_configurable() throws IOException {
    Outcome blanksOnly = apply(leads(), "--id", "id", "--as-of", AS_OF, "--missing-values", "");
    Outcome studentMissing = apply(leads(), "--id", "id", "--as-of", AS_OF, "--missing-values", "Student,Select");

    assertThat(blanksOnly.outLines()).contains("a-2,0,D3,,");
    assertThat(studentMissing.outLines()).contains("a-2,0,D3,,no-industry: 0");
  }

  @Test
  void events_engage_a_lead_decayed_as_of_the_instant_given_and_later_ones_do_not_count() throws IOException {
    Path events = file("events.csv", "id,event,at,detail",
        "a-1,page view,2026-01-31T09:00:00Z,https://example.com/pricing",
        "\"a,3\",page view,2026-03-05T09:00:00Z,https://example.com/pricing",
        "zz-9,page view,2026-02-01T09:00:00Z,https://example.com/pricing");

    Outcome outcome = apply(leads(), "--id", "id", "--events", events.toString(), "--as-of", AS_OF);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.outLines()).containsExactly(
        "id,score,grade,routed_to,explanation",
        "a-1,70,A3,MQL,senior: +40; big: +20; pricing: +10",
        "a-2,0,D3,,no-industry: 0",
        "\"a,3\",35,B3,,senior: +40; no-industry: -5");
  }

  @Test
  void with_an_output_file_the_scores_go_there_and_a_summary_is_printed() throws IOException {
    Path scores = dir.resolve("scores.csv");
    Path events = file("events.csv", "id,event,at", "a-1,page view,2026-02-01T09:00:00Z", "zz-9,demo request,"
        + "2026-02-01T09:00:00Z");

    Outcome written = apply(leads(), "--id", "id", "--as-of", AS_OF, "--events", events.toString(),
        "--output", scores.toString());
    Outcome printed = apply(leads(), "--id", "id", "--as-of", AS_OF, "--events", events.toString());

    assertThat(written.exitCode()).isZero();
    assertThat(Files.readString(scores, StandardCharsets.UTF_8)).isEqualTo(printed.out());
    assertThat(written.out()).isEqualTo("Scored 3 leads of " + dir.resolve("leads.csv") + " with model 'Test' as of "
        + AS_OF + ": written to " + scores + "\n"
        + "  2 events of 2 leads read from " + events + "; 1 id not among the leads, left out\n"
        + "\n"
        + "  GRADE  LEADS  MEAN SCORE\n"
        + "  -----  -----  ----------\n"
        + "  A3         1        60.0\n"
        + "  B3         1        35.0\n"
        + "  D3         1         0.0\n"
        + "\n"
        + "Routing: not routed 2, MQL 1\n");
  }

  @Test
  void the_sample_model_scores_the_sample_leads_with_the_sample_events() {
    Outcome outcome = crm("score", "apply", "--model", SAMPLES.resolve("model.json").toString(),
        "--input", SAMPLES.resolve("leads.csv").toString(), "--id", "lead_id",
        "--events", SAMPLES.resolve("events.csv").toString(), "--as-of", AS_OF);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.outLines()).hasSize(401).startsWith(
        "lead_id,score,grade,routed_to,explanation",
        "L-0001,35,C2,,referral: +15; manager: +10; industry: +10",
        "L-0002,0,D3,,industry: +10; student: -10",
        "L-0003,82.9,B1,MQL,demo: +30; senior: +25; pricing: +14; industry: +10; webinar: +3.9");
    assertThat(outcome.outLines()).contains("L-0012,50,B2,,senior: +25; referral: +15; industry: +10");
  }

  @Test
  void a_model_that_is_not_valid_json_of_a_model_is_reported_with_its_path_and_exits_1() throws IOException {
    Path model = file("bad.json", MODEL.replace("\"points\": 40", "\"pointz\": 40"));

    Outcome outcome = crm("score", "apply", "--model", model.toString(), "--input", leads().toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.errLines()).hasSize(2).first().isEqualTo("error: " + model + " cannot be read as a scoring model");
    assertThat(outcome.errLines().get(1))
        .startsWith("  groups[0].rules[0].pointz: unknown-property (was 'pointz'): unknown property 'pointz'; known: ");
  }

  @Test
  void a_model_naming_a_column_the_leads_lack_exits_1_listing_the_columns() throws IOException {
    Path model = file("titles.json", MODEL.replace("\"field\": \"title\"", "\"field\": \"jobTitle\""));

    Outcome outcome = crm("score", "apply", "--model", model.toString(), "--input", leads().toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).containsExactly(
        "error: " + model + " cannot be applied to " + dir.resolve("leads.csv"),
        "  scoringModel.groups[0].rules[0].field: unknown-field (was 'jobTitle'): rule 'senior': Row has no field"
            + " 'jobTitle'; its fields are employees, id, industry, title");
  }

  @Test
  void every_problem_of_the_files_is_listed_with_its_line_and_nothing_is_written() throws IOException {
    Path leads = file("leads.csv", "id,title,industry,employees", "a-1,VP,Software", "a-2,\"VP\"x,Retail,5");
    Path events = file("events.csv", "id,event,at", "a-1,page view,yesterday", ",demo request,2026-01-01T00:00:00Z");
    Path scores = dir.resolve("scores.csv");

    Outcome outcome = apply(leads, "--id", "id", "--events", events.toString(), "--output", scores.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.errLines()).containsExactly(
        "error: nothing scored: 4 problems in the files",
        "  " + leads + " line 2: the row has 3 fields but the header names 4 columns",
        "  " + leads + " line 3: column 2: quote: text after the closing quote of a quoted field: double each quote"
            + " inside a quoted field",
        "  " + events + " line 2: at: 'yesterday' is not an instant: give an ISO-8601 instant in UTC, such as"
            + " 2026-03-02T09:00:00Z",
        "  " + events + " line 3: id is blank");
    assertThat(scores).doesNotExist();
  }

  @Test
  void an_events_file_needs_the_columns_id_event_and_at_and_no_others() throws IOException {
    Path events = file("events.csv", "lead,event,when,page");

    Outcome outcome = apply(leads(), "--id", "id", "--events", events.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).containsExactly(
        "error: nothing scored: 4 problems in the files",
        "  " + events + " line 1: unknown column 'lead': the columns of an events file are id, event, at, detail",
        "  " + events + " line 1: unknown column 'when': the columns of an events file are id, event, at, detail",
        "  " + events + " line 1: unknown column 'page': the columns of an events file are id, event, at, detail",
        "  " + events + " line 1: the file has no column id, at; an events file needs id, event, at");
  }

  @Test
  void an_empty_or_badly_headed_leads_file_exits_1() throws IOException {
    Path empty = file("empty.csv", "");
    Path twice = file("twice.csv", "id,title,,title", "a-1,VP,x,y");

    Outcome emptyOutcome = apply(empty);
    Outcome twiceOutcome = apply(twice);

    assertThat(emptyOutcome.exitCode()).isEqualTo(1);
    assertThat(emptyOutcome.errLines()).containsExactly("error: nothing scored: 1 problem in the files",
        "  " + empty + " line 1: the file is empty: its first line must name the columns");
    assertThat(twiceOutcome.exitCode()).isEqualTo(1);
    assertThat(twiceOutcome.errLines()).containsExactly("error: nothing scored: 2 problems in the files",
        "  " + twice + " line 1: column 3 has no name",
        "  " + twice + " line 1: the column title is named twice: columns 2 and 4");
  }

  @Test
  void another_delimiter_reads_the_leads_and_events() throws IOException {
    Path leads = file("leads.csv", "id;title;industry;employees", "a-1;VP;Software;250");
    Path events = file("events.csv", "id;event;at;detail", "a-1;page view;2026-01-31T09:00:00Z;/pricing");

    Outcome outcome = apply(leads, "--id", "id", "--events", events.toString(), "--as-of", AS_OF,
        "--delimiter", ";");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.outLines()).containsExactly("id,score,grade,routed_to,explanation",
        "a-1,70,A3,MQL,senior: +40; big: +20; pricing: +10");
  }

  @Test
  void missing_files_are_refused_with_exit_2() throws IOException {
    Path nowhere = dir.resolve("nowhere");

    Outcome model = crm("score", "apply", "--model", nowhere.toString(), "--input", leads().toString());
    Outcome input = apply(nowhere);
    Outcome events = apply(leads(), "--id", "id", "--events", nowhere.toString());
    Outcome output = apply(leads(), "--output", nowhere.resolve("scores.csv").toString());

    assertThat(model.exitCode()).isEqualTo(2);
    assertThat(model.errLines()).containsExactly("error: model: missing (was '" + nowhere + "'): no such file");
    assertThat(input.exitCode()).isEqualTo(2);
    assertThat(input.errLines()).containsExactly("error: input: missing (was '" + nowhere + "'): no such file");
    assertThat(events.exitCode()).isEqualTo(2);
    assertThat(events.errLines()).containsExactly("error: events: missing (was '" + nowhere + "'): no such file");
    assertThat(output.exitCode()).isEqualTo(2);
    assertThat(output.errLines()).containsExactly(
        "error: output: unwritable (was '" + nowhere.resolve("scores.csv") + "'): the folder does not exist");
  }

  @Test
  void options_that_do_not_fit_are_usage_errors() throws IOException {
    Path events = file("events.csv", "id,event,at");

    Outcome eventsWithoutId = apply(leads(), "--events", events.toString());
    Outcome unknownId = apply(leads(), "--id", "lead_id");
    Outcome badInstant = apply(leads(), "--as-of", "yesterday");
    Outcome nothing = crm("score", "apply");

    assertThat(eventsWithoutId.exitCode()).isEqualTo(2);
    assertThat(eventsWithoutId.errLines()).first()
        .isEqualTo("error: --events needs --id: the column of the leads that the events' id matches");
    assertThat(unknownId.exitCode()).isEqualTo(2);
    assertThat(unknownId.errLines()).first().isEqualTo(
        "error: --id: unknown-column (was 'lead_id'): the header has no such column: [id, title, industry, employees]");
    assertThat(badInstant.exitCode()).isEqualTo(2);
    assertThat(badInstant.errLines()).first().isEqualTo("error: invalid value for option '--as-of': 'yesterday' is"
        + " not an instant: give an ISO-8601 instant in UTC, such as 2026-03-02T09:00:00Z");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.errLines()).first().isEqualTo("error: missing required options: '--model=FILE', '--input=FILE'");
  }

  @Test
  void the_help_describes_the_files_and_exit_codes() {
    Outcome outcome = crm("score", "apply", "--help");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).startsWith("Usage: crm score apply ")
        .contains("--as-of=INSTANT", "--events=FILE", "Events (--events)", "examples/scoring/model.json", "Exit codes:");
  }
}
