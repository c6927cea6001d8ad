package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm lifecycle validate} and {@code crm lifecycle show} as a user runs them: the summary of a
 * valid definition, the path and rule of an invalid one, and the exit codes.
 */
class LifecycleValidateCommandTest {
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

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The shipped B2B lead definition with one text replaced, written to a file. */
  private Path editedB2bLead(String name, String from, String to) throws IOException {
    String json = B2bLeadLifecycle.shippedJson();
    assertThat(json).contains(from);
    return file(name, json.replace(from, to));
  }

  @Test
  void a_valid_definition_is_summed_up_with_its_stages_ranks_triggers_transitions_and_criteria() throws IOException {
    Path definition = file("b2b.json", B2bLeadLifecycle.shippedJson());

    Outcome outcome = crm("lifecycle", "validate", definition.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out().lines().toList())
        .startsWith("Lifecycle 'B2B lead' is valid: 11 stages, 12 triggers, 12 transitions (criteria: b2b-lead)")
        .contains(
            "  Lead            1  entry",
            "  Closed lost     5  terminal",
            "Triggers: qualify, accept, reject, convert, win, lose, start onboarding, book kickoff, complete"
                + " onboarding, expand, renew, churn",
            "  lead score reached: the lead score is at least 60");
    assertThat(outcome.out())
        .containsPattern("\n  qualify +Lead, Recycled +MQL +lead score reached, fits ideal customer profile\n")
        .containsPattern("\n  book kickoff +Onboarding +Onboarding \\(stays\\) +kickoff booked\n");
  }

  @Test
  void a_shipped_definition_is_validated_by_name_and_a_move_back_is_marked() {
    Outcome outcome = crm("lifecycle", "validate", "--shipped", "opportunity");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("Lifecycle 'Opportunity' is valid: 6 stages, 4 triggers, 8 transitions (criteria: opportunity)")
        .containsPattern("\n  step back +Solution fit +Discovery \\(back\\) *\n");
  }

  @Test
  void an_unknown_stage_is_reported_with_its_path_in_the_json_and_exits_1() throws IOException {
    Path definition = editedB2bLead("won.json", "\"to\": \"Closed won\"", "\"to\": \"Won\"");

    Outcome outcome = crm("lifecycle", "validate", definition.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.errLines()).containsExactly(
        "error: " + definition + " is not a valid lifecycle definition",
        "  transitions[4].to: unknown-stage (was 'Won'): no stage 'won' is declared; declared: 'lead', 'mql',"
            + " 'recycled', 'sal', 'sql', 'closed won', 'closed lost', 'onboarding', 'renewal', 'expansion', 'churned'");
  }

  @Test
  void an_unknown_criterion_is_reported_with_its_path_and_the_criteria_known_and_exits_1() throws IOException {
    Path definition = editedB2bLead("typo.json", "\"opportunity opened\"", "\"opportunity open\"");

    Outcome outcome = crm("lifecycle", "validate", definition.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).containsExactly(
        "error: " + definition + " is not a valid lifecycle definition",
        "  transitions[3].exitCriteria[0]: unknown-criterion (was 'opportunity open'): no criterion 'opportunity"
            + " open' in the registry; known: 'lead score reached', 'fits ideal customer profile', 'rejection reason"
            + " logged', 'opportunity opened', 'first contact recorded', 'kickoff booked'");
  }

  @Test
  void json_that_does_not_parse_is_reported_with_its_line_and_column_and_exits_1() throws IOException {
    Path definition = file("cut.json", "{\"lifecycle\": \"B2B lead\", \"stages\": [\n");

    Outcome outcome = crm("lifecycle", "validate", definition.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).hasSize(2);
    assertThat(outcome.errLines().get(1)).startsWith("  stages: malformed (was 'line 2, column 1'): ");
  }

  @Test
  void a_definition_that_is_not_a_shipped_lifecycle_needs_criteria_to_name_its_exit_criteria() throws IOException {
    Path definition = editedB2bLead("mine.json", "\"lifecycle\": \"B2B lead\"", "\"lifecycle\": \"My leads\"");

    Outcome withoutCriteria = crm("lifecycle", "validate", definition.toString());
    Outcome withCriteria = crm("lifecycle", "validate", definition.toString(), "--criteria", "b2b-lead");

    assertThat(withoutCriteria.exitCode()).isEqualTo(2);
    assertThat(withoutCriteria.errLines()).first().isEqualTo(
        "error: lifecycle 'My leads' in " + definition + " is not a shipped lifecycle, and its transitions name exit"
            + " criteria: say whose criteria they are with --criteria b2b-lead|b2c-customer|opportunity|support-case");
    assertThat(withoutCriteria.err()).contains("Usage: crm lifecycle validate");
    assertThat(withCriteria.exitCode()).isZero();
    assertThat(withCriteria.out())
        .startsWith("Lifecycle 'My leads' is valid: 11 stages, 12 triggers, 12 transitions (criteria: b2b-lead)");
  }

  @Test
  void a_definition_without_exit_criteria_needs_no_criteria() throws IOException {
    Path definition = file("tickets.json", """
        {"lifecycle": "Tickets",
         "stages": [{"name": "Open", "rank": 1, "entry": true}, {"name": "Done", "rank": 2, "terminal": true}],
         "triggers": ["finish"],
         "transitions": [{"trigger": "finish", "from": "Open", "to": "Done"}]}
        """);

    Outcome outcome = crm("lifecycle", "validate", definition.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("Lifecycle 'Tickets' is valid: 2 stages, 1 trigger, 1 transition (criteria: none)\n")
        .doesNotContain("Exit criteria");
  }

  @Test
  void a_missing_file_is_refused_with_exit_2() {
    Path missing = dir.resolve("nowhere.json");

    Outcome outcome = crm("lifecycle", "validate", missing.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).containsExactly("error: file: missing (was '" + missing + "'): no such file");
  }

  @Test
  void an_unknown_lifecycle_name_is_a_usage_error_listing_the_shipped_ones() {
    Outcome outcome = crm("lifecycle", "validate", "--shipped", "b2b-leads");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).first().isEqualTo("error: invalid value for option '--shipped': no shipped"
        + " lifecycle 'b2b-leads': choose b2b-lead, b2c-customer, opportunity, support-case");
  }

  @Test
  void validate_takes_a_file_or_a_shipped_lifecycle_but_not_both_and_not_neither() throws IOException {
    Path definition = file("b2b.json", B2bLeadLifecycle.shippedJson());

    Outcome both = crm("lifecycle", "validate", definition.toString(), "--shipped", "b2b-lead");
    Outcome neither = crm("lifecycle", "validate");
    Outcome criteriaOfShipped = crm("lifecycle", "validate", "--shipped", "b2b-lead", "--criteria", "opportunity");

    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.errLines()).first().isEqualTo("error: give a FILE or --shipped, not both");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.errLines()).first()
        .isEqualTo("error: missing FILE: name a JSON definition, or a shipped lifecycle with --shipped");
    assertThat(criteriaOfShipped.exitCode()).isEqualTo(2);
    assertThat(criteriaOfShipped.errLines()).first()
        .isEqualTo("error: --criteria goes with a FILE: a shipped lifecycle has its own");
  }

  @Test
  void show_prints_the_shipped_json_which_validate_accepts_as_it_is() throws IOException {
    Outcome shown = crm("lifecycle", "show", "b2b-lead");
    Path copy = file("copy.json", shown.out());

    Outcome validated = crm("lifecycle", "validate", copy.toString());

    assertThat(shown.exitCode()).isZero();
    assertThat(shown.out()).isEqualTo(B2bLeadLifecycle.shippedJson());
    assertThat(validated.exitCode()).isZero();
  }

  @Test
  void show_without_a_name_or_with_an_unknown_one_exits_2() {
    Outcome missing = crm("lifecycle", "show");
    Outcome unknown = crm("lifecycle", "show", "crm");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines()).first().isEqualTo("error: missing required parameter: 'NAME'");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines()).first().isEqualTo("error: invalid value for positional parameter at index 0"
        + " (NAME): no shipped lifecycle 'crm': choose b2b-lead, b2c-customer, opportunity, support-case");
  }

  @Test
  void lifecycle_without_a_command_is_a_usage_error_naming_the_commands() {
    Outcome outcome = crm("lifecycle");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).first().isEqualTo("error: missing command: choose one of validate, show, replay");
    assertThat(outcome.err()).contains("Usage: crm lifecycle ");
  }
}
