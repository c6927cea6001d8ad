package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.lifecycle.FactColumn;
import io.crmkit.examples.lifecycle.ShippedLifecycle;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
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
 * {@code crm lifecycle replay} as a user runs it: final stages and every refusal with its reasons
 * for good files (exit 0), every problem with its line and column for malformed ones (exit 1), and
 * usage errors (exit 2).
 */
class LifecycleReplayCommandTest {
  private static final String EVENTS_HEADER = "record_id,trigger,at,actor,reason";

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {
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

  /** Replays events (and facts, when given) through a shipped lifecycle. */
  private Outcome replay(String lifecycle, Path events, Path facts, String... more) {
    List<String> args = new ArrayList<>(List.of(
        "lifecycle", "replay", "--shipped", lifecycle, "--events", events.toString()));
    if (facts != null) {
      args.addAll(List.of("--facts", facts.toString()));
    }
    args.addAll(List.of(more));
    return crm(args.toArray(String[]::new));
  }

  @Test
  void a_replay_prints_each_records_final_stage_and_every_rejection_with_all_its_reasons() throws IOException {
    Path events = file("events.csv", EVENTS_HEADER,
        "lead-1,qualify,2026-03-02T09:00:00Z,,",
        "lead-1,accept,2026-03-02T13:00:00Z,user:sam,",
        "lead-2,qualify,2026-03-03T09:00:00Z,,");
    Path facts = file("facts.csv", "record_id,score,fit", "lead-1,82,A", "lead-2,42,");

    Outcome outcome = replay("b2b-lead", events, facts);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out()).isEqualTo("Replay of " + events + " through lifecycle 'B2B lead': 3 events, 2 records,"
        + " 2 moves accepted, 1 rejected\n"
        + "\n"
        + "Final stages\n"
        + "  RECORD  STAGE  SINCE                 EVENTS  ACCEPTED  REJECTED\n"
        + "  ------  -----  --------------------  ------  --------  --------\n"
        + "  lead-1  SAL    2026-03-02T13:00:00Z       2         2         0\n"
        + "  lead-2  Lead   2026-03-03T09:00:00Z       1         0         1\n"
        + "\n"
        + "Rejections\n"
        + "  line 4: lead-2 'qualify' at 2026-03-03T09:00:00Z by automation 'automatic', stays in Lead\n"
        + "    - score_below_threshold (lead score reached): lead score 42 is below the MQL threshold of 60\n"
        + "        lead score = 42\n"
        + "    - field_missing (fits ideal customer profile): the fit to the ideal customer profile is not graded yet\n"
        + "        fit = (none)\n");
  }

  @Test
  void the_csv_format_writes_a_row_per_reason_and_a_row_per_final_stage() throws IOException {
    Path events = file("events.csv", EVENTS_HEADER,
        "lead-1,qualify,2026-03-02T09:00:00Z,,",
        "lead-1,win,2026-03-03T09:00:00Z,user:sam,");
    Path facts = file("facts.csv", "record_id,score,fit", "lead-1,82,A");

    Outcome outcome = replay("b2b-lead", events, facts, "--format", "csv");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out().lines().toList()).containsExactly(
        "record_id,outcome,line,trigger,at,actor,stage,code,criterion,message,evidence",
        "lead-1,rejected,3,win,2026-03-03T09:00:00Z,user:sam,MQL,trigger_not_available,lifecycle.trigger leads out,"
            + "trigger 'win' does not lead out of 'mql',\"triggers out of 'mql': accept, reject\"",
        "lead-1,final,,,2026-03-02T09:00:00Z,,MQL,,,,");
  }

  @Test
  void facts_with_a_time_apply_to_the_events_from_then_on() throws IOException {
    Path events = file("events.csv", EVENTS_HEADER,
        "lead-2,qualify,2026-03-03T09:00:00Z,,",
        "lead-2,qualify,2026-03-09T09:00:00Z,,");
    Path facts = file("facts.csv", "record_id,at,score,fit",
        "lead-2,,42,B",
        "lead-2,2026-03-09T00:00:00Z,75,");

    Outcome outcome = replay("b2b-lead", events, facts);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .contains("  lead-2  MQL    2026-03-09T09:00:00Z       2         1         1\n")
        .contains("  line 2: lead-2 'qualify' at 2026-03-03T09:00:00Z")
        .doesNotContain("line 3:");
  }

  @Test
  void events_are_replayed_in_the_order_of_their_times_whatever_the_order_of_the_rows() throws IOException {
    Path events = file("events.csv", EVENTS_HEADER,
        "lead-1,accept,2026-03-02T13:00:00Z,user:sam,",
        "lead-1,qualify,2026-03-02T09:00:00Z,,");
    Path facts = file("facts.csv", "record_id,score,fit", "lead-1,82,A");

    Outcome outcome = replay("b2b-lead", events, facts);

    assertThat(outcome.out()).contains("  lead-1  SAL    2026-03-02T13:00:00Z       2         2         0\n")
        .contains("Rejections: none\n");
  }

  @Test
  void only_a_person_giving_a_reason_moves_a_record_back() throws IOException {
    Path events = file("events.csv", EVENTS_HEADER,
        "deal-1,step back,2026-02-10T10:00:00Z,automation:crm sync,",
        "deal-1,step back,2026-02-11T10:00:00Z,user:tom,",
        "deal-1,step back,2026-02-12T10:00:00Z,user:tom,buyer reopened the requirements");

    Outcome outcome = replay("opportunity", events, null, "--start", "Solution fit");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .contains("  deal-1  Discovery  2026-02-12T10:00:00Z       3         1         2\n")
        .contains("  line 2: deal-1 'step back' at 2026-02-10T10:00:00Z by automation 'crm sync', stays in Solution fit\n"
            + "    - automatic_move_back (lifecycle.no automatic move back): an automation never moves a record back"
            + " from 'solution fit' (rank 2) to 'discovery' (rank 1); a person may, giving a reason\n"
            + "        actor: automation 'crm sync'\n")
        .contains("  line 3: deal-1 'step back' at 2026-02-11T10:00:00Z by person 'tom', stays in Solution fit\n"
            + "    - reason_required (lifecycle.reason for move back): moving a record back from 'solution fit'"
            + " (rank 2) to 'discovery' (rank 1) needs a reason\n");
  }

  @Test
  void the_default_actor_is_taken_for_rows_that_name_none() throws IOException {
    Path events = file("events.csv", "record_id,trigger,at,reason",
        "deal-1,step back,2026-02-12T10:00:00Z,buyer reopened the requirements");

    Outcome outcome = replay("opportunity", events, null, "--start", "Solution fit", "--actor", "user:tom");

    assertThat(outcome.out()).contains("  deal-1  Discovery  2026-02-12T10:00:00Z       1         1         0\n");
  }

  @Test
  void purchases_come_from_the_events_and_a_customer_lapses_only_after_the_lapsing_period() throws IOException {
    Path events = file("events.csv", "record_id,trigger,at",
        "ann,purchase,2026-01-05T10:00:00Z",
        "ann,lapse,2026-03-01T00:00:00Z",
        "ann,lapse,2026-04-06T00:00:00Z");

    Outcome outcome = replay("b2c-customer", events, null);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .contains("  ann     Lapsing  2026-04-06T00:00:00Z       3         2         1\n")
        .contains("    - recent_purchase (lapsing period passed): the last purchase was 54 days ago; a customer"
            + " lapses after 90 days without a purchase\n"
            + "        last purchase = 2026-01-05T10:00:00Z\n"
            + "        as of = 2026-03-01T00:00:00Z\n");
  }

  @Test
  void a_case_closes_without_confirmation_only_when_resolved_long_enough() throws IOException {
    Path events = file("events.csv", EVENTS_HEADER,
        "CS-1,resolve,2026-04-02T16:00:00Z,user:ada,",
        "CS-1,close,2026-04-03T09:00:00Z,,",
        "CS-1,close,2026-04-10T09:00:00Z,,");
    Path facts = file("facts.csv", "record_id,resolution", "CS-1,Reset the SSO certificate");

    Outcome outcome = replay("support-case", events, facts);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .contains("  CS-1    Closed  2026-04-10T09:00:00Z       3         2         1\n")
        .contains("        the case was resolved less than a day ago; it closes without the customer's confirmation"
            + " after 7 days\n");
  }

  @Test
  void a_definition_file_is_replayed_with_the_criteria_its_name_stands_for() throws IOException {
    Path definition = file("b2b.json", B2bLeadLifecycle.shippedJson());
    Path events = file("events.csv", EVENTS_HEADER, "lead-1,qualify,2026-03-02T09:00:00Z,,");
    Path facts = file("facts.csv", "record_id,score,fit", "lead-1,82,A");

    Outcome outcome = crm("lifecycle", "replay", "--definition", definition.toString(), "--events", events.toString(),
        "--facts", facts.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("  lead-1  MQL    2026-03-02T09:00:00Z       1         1         0\n");
  }

  @Test
  void facts_about_a_record_without_events_are_noted() throws IOException {
    Path events = file("events.csv", EVENTS_HEADER, "lead-1,qualify,2026-03-02T09:00:00Z,,");
    Path facts = file("facts.csv", "record_id,score,fit", "lead-1,82,A", "lead-9,90,A");

    Outcome outcome = replay("b2b-lead", events, facts);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).endsWith("\nNotes\n  the facts about 'lead-9' (" + facts
        + " line 3) were not used: no event names that record\n");
  }

  @Test
  void a_missing_column_is_reported_with_its_line_and_nothing_is_replayed_exit_1() throws IOException {
    Path events = file("events.csv", "record_id,trigger,when", "lead-1,qualify,2026-03-02T09:00:00Z");

    Outcome outcome = replay("b2b-lead", events, null);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.errLines()).containsExactly(
        "error: nothing replayed: 2 problems in the files",
        "  " + events + " line 1, column 3 (when): unknown column 'when': the columns of an events file are"
            + " record_id, trigger, at, actor, reason",
        "  " + events + " line 1: the file has no column at; an events file needs record_id, trigger, at");
  }

  @Test
  void bad_cells_are_reported_each_with_its_line_and_column_not_as_a_stack_trace() throws IOException {
    Path events = file("events.csv", "record_id,trigger,at",
        "lead-1,qualify,yesterday",
        "lead-1,promote,2026-03-02T09:00:00Z",
        ",qualify,2026-03-02T09:00:00Z",
        "lead-2,qualify,2026-03-02T09:00:00Z,extra",
        "lead-3,\"qu\"alify,2026-03-02T09:00:00Z");

    Outcome outcome = replay("b2b-lead", events, null);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).doesNotContain("\tat ", "Exception");
    assertThat(outcome.errLines()).containsExactly(
        "error: nothing replayed: 5 problems in the files",
        "  " + events + " line 2, column 3 (at): instant (was 'yesterday'): an ISO-8601 instant is required, such"
            + " as 2026-03-02T09:00:00Z",
        "  " + events + " line 3, column 2 (trigger): unknown (was 'promote'): lifecycle 'B2B lead' has no trigger"
            + " 'promote'; its triggers: qualify, accept, reject, convert, win, lose, start onboarding, book kickoff,"
            + " complete onboarding, expand, renew, churn",
        "  " + events + " line 4, column 1 (record_id): required: the cell is empty",
        "  " + events + " line 5: the row has 4 fields but the header names 3 columns",
        "  " + events + " line 6, column 2 (trigger): quote: text after the closing quote of a quoted field: double"
            + " each quote inside a quoted field");
  }

  @Test
  void bad_facts_are_reported_with_their_line_and_column_exit_1() throws IOException {
    Path events = file("events.csv", EVENTS_HEADER, "lead-1,qualify,2026-03-02T09:00:00Z,,");
    Path facts = file("facts.csv", "record_id,score,colour,fit", "lead-1,101,red,E");

    Outcome outcome = replay("b2b-lead", events, facts);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).containsExactly(
        "error: nothing replayed: 3 problems in the files",
        "  " + facts + " line 1, column 3 (colour): unknown column 'colour': the columns of a facts file of lifecycle"
            + " 'B2B lead' are record_id, at, score, fit, rejection_reason, opportunity_id, first_contact_at,"
            + " kickoff_on",
        "  " + facts + " line 2, column 2 (score): range (was '101'): from 0 to 100",
        "  " + facts + " line 2, column 4 (fit): invalid (was 'E'): one of A, B, C, D is required");
  }

  @Test
  void facts_that_do_not_make_the_record_the_criteria_read_are_reported_on_the_events_line() throws IOException {
    Path events = file("events.csv", "record_id,trigger,at", "ann,lapse,2026-03-01T00:00:00Z");
    Path facts = file("facts.csv", "record_id,last_purchase_at", "ann,2026-04-01T00:00:00Z");

    Outcome outcome = replay("b2c-customer", events, facts);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).containsExactly(
        "error: nothing replayed: 1 problem in the files",
        "  " + events + " line 2: the facts about 'ann' at 2026-03-01T00:00:00Z do not make the record the criteria"
            + " read: purchaseActivity.lastPurchaseAt: order (was '2026-04-01T00:00:00Z'): the last purchase is not"
            + " after 2026-03-01T00:00:00Z");
  }

  @Test
  void an_empty_events_file_is_reported_exit_1() throws IOException {
    Path events = dir.resolve("empty.csv");
    Files.writeString(events, "");

    Outcome outcome = replay("b2b-lead", events, null);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).containsExactly(
        "error: nothing replayed: 1 problem in the files",
        "  " + events + " line 1: the file is empty: its first line must name the columns record_id, trigger, at");
  }

  @Test
  void an_invalid_definition_file_replays_nothing_exit_1() throws IOException {
    Path definition = file("won.json", B2bLeadLifecycle.shippedJson().replace("\"to\": \"Closed won\"", "\"to\": \"Won\""));
    Path events = file("events.csv", EVENTS_HEADER, "lead-1,qualify,2026-03-02T09:00:00Z,,");

    Outcome outcome = crm("lifecycle", "replay", "--definition", definition.toString(), "--events", events.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).first().isEqualTo("error: " + definition + " is not a valid lifecycle definition");
    assertThat(outcome.errLines().get(1)).startsWith("  transitions[4].to: unknown-stage (was 'Won')");
  }

  @Test
  void a_missing_events_file_is_refused_with_exit_2() {
    Path missing = dir.resolve("nowhere.csv");

    Outcome outcome = replay("b2b-lead", missing, null);

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).containsExactly("error: events: missing (was '" + missing + "'): no such file");
  }

  @Test
  void bad_arguments_are_usage_errors_exit_2() throws IOException {
    Path events = file("events.csv", EVENTS_HEADER, "lead-1,qualify,2026-03-02T09:00:00Z,,");
    Path definition = file("tickets.json", """
        {"lifecycle": "Tickets",
         "stages": [{"name": "Open", "rank": 1, "entry": true}, {"name": "Done", "rank": 2, "terminal": true}],
         "triggers": ["finish"],
         "transitions": [{"trigger": "finish", "from": "Open", "to": "Done"}]}
        """);

    assertThat(crm("lifecycle", "replay", "--events", events.toString()).errLines()).first()
        .isEqualTo("error: missing required argument (specify one of these): (--definition=FILE | --shipped=NAME)");
    assertThat(replay("b2b-lead", events, null, "--actor", "robot").errLines()).first()
        .isEqualTo("error: --actor takes automation, automation:<name> or user:<id>, not 'robot'");
    assertThat(replay("b2b-lead", events, null, "--start", "Nowhere").errLines()).first()
        .isEqualTo("error: --start: lifecycle 'B2B lead' has no stage 'Nowhere'; its stages: Lead, MQL, Recycled,"
            + " SAL, SQL, Closed won, Closed lost, Onboarding, Renewal, Expansion, Churned");
    assertThat(replay("b2b-lead", events, null, "--criteria", "opportunity").errLines()).first()
        .isEqualTo("error: --criteria goes with --definition: a shipped lifecycle has its own");
    assertThat(replay("b2b-lead", events, null, "--format", "xml").errLines().get(0))
        .startsWith("error: invalid value for option '--format': expected one of [TEXT, CSV]");
    assertThat(crm("lifecycle", "replay", "--definition", definition.toString(), "--events", events.toString(),
        "--facts", events.toString()).errLines()).first()
        .isEqualTo("error: --facts: lifecycle 'Tickets' names no exit criteria, so nothing is read from facts");
    assertThat(crm("lifecycle", "replay", "--shipped", "b2b-lead", "--events", events.toString(), "--facts",
        dir.resolve("none.csv").toString()).errLines())
        .containsExactly("error: facts: missing (was '" + dir.resolve("none.csv") + "'): no such file");
  }

  @Test
  void the_help_lists_the_facts_columns_of_every_shipped_lifecycle() {
    Outcome help = crm("lifecycle", "replay", "--help");

    assertThat(help.exitCode()).isZero();
    for (ShippedLifecycle lifecycle : ShippedLifecycle.values()) {
      assertThat(help.out()).contains("  " + lifecycle.key() + " ");
      for (FactColumn column : lifecycle.context().factColumns()) {
        assertThat(help.out()).as("the help on %s", lifecycle).contains(column.name());
      }
    }
  }

  @Test
  void the_samples_replay_as_the_readme_shows() {
    Path samples = Path.of("..", "examples", "lifecycle");

    Outcome leads = replay("b2b-lead", samples.resolve("b2b-events.csv"), samples.resolve("b2b-facts.csv"));
    Outcome customers = replay("b2c-customer", samples.resolve("b2c-events.csv"), null);
    Outcome deals = replay("opportunity", samples.resolve("opportunity-events.csv"),
        samples.resolve("opportunity-facts.csv"));
    Outcome cases = replay("support-case", samples.resolve("support-events.csv"), samples.resolve("support-facts.csv"));

    assertThat(List.of(leads.exitCode(), customers.exitCode(), deals.exitCode(), cases.exitCode()))
        .containsOnly(0);
    assertThat(leads.out()).contains("12 events, 4 records, 8 moves accepted, 4 rejected")
        .containsPattern("lead-1 +Onboarding").containsPattern("lead-2 +MQL").containsPattern("lead-3 +Lead")
        .contains("score_below_threshold", "field_missing", "poor_fit", "trigger_not_available");
    assertThat(customers.out()).containsPattern("ann +Repeat purchase").containsPattern("ben +Reactivated")
        .contains("recent_purchase");
    assertThat(deals.out()).containsPattern("deal-1 +Closed won").containsPattern("deal-2 +Closed lost")
        .contains("approval_pending", "automatic_move_back");
    assertThat(cases.out()).containsPattern("CS-1001 +Closed").containsPattern("CS-1002 +Closed")
        .contains("none_met");
  }
}
