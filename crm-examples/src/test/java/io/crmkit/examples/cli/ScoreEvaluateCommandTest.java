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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm score evaluate} as a user runs it: the measures and top factors of a file of closed
 * leads (exit 0), a file whose content cannot be evaluated (exit 1, the problem with its line), and
 * bad arguments or a missing file (exit 2).
 */
class ScoreEvaluateCommandTest {
  private static final Path SAMPLE = Path.of("..", "examples", "scoring", "leads.csv");
  private static final String[] SOURCES = {"Referral", "Cold call", "Select", "Web form"};

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    List<String> outLines() {
      return out.lines().toList();
    }

    /** A number printed after a label at the start of a line: {@code AUC}. */
    double measure(String label) {
      Matcher matcher = Pattern.compile("(?m)^  " + Pattern.quote(label) + " +(\\d+\\.\\d+)").matcher(out);
      assertThat(matcher.find()).as("a line '%s' in:%n%s", label, out).isTrue();
      return Double.parseDouble(matcher.group(1));
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

  /**
   * Closed leads whose lead source decides most outcomes: referrals are mostly won, cold calls mostly
   * lost, "Select" (no source given) and web forms in between; visits are noise.
   */
  private Path sourceLeads(String name, char delimiter) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(String.valueOf(delimiter), "id", "source", "visits", "converted"));
    for (int i = 0; i < 120; i++) {
      String source = SOURCES[i % SOURCES.length];
      boolean won = switch (source) {
        case "Referral" -> i % 5 != 0;
        case "Cold call" -> i % 9 == 0;
        case "Select" -> i % 3 == 0;
        default -> i % 8 == 3;
      };
      lines.add(String.join(String.valueOf(delimiter), "lead-" + i, source, Integer.toString(i % 7), won ? "1" : "0"));
    }
    return file(name, lines.toArray(String[]::new));
  }

  /** Evaluates a file with the target {@code converted} and more arguments. */
  private static Outcome evaluate(Path input, String... more) {
    List<String> args = new ArrayList<>(List.of("score", "evaluate", "--input", input.toString(), "--target", "converted"));
    args.addAll(List.of(more));
    return crm(args.toArray(String[]::new));
  }

  @Test
  void the_sample_file_is_judged_by_cross_validation_and_its_top_factors_are_listed() {
    Outcome outcome = evaluate(SAMPLE, "--exclude", "lead_id", "--model", "logistic", "--folds", "5");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.outLines()).startsWith(
        "Evaluation of logistic regression on " + SAMPLE + ", target converted",
        "  400 leads, 99 won (24.8%); 9 features: 6 categorical, 3 numeric (excluded: lead_id)",
        "  5-fold stratified cross-validation, seed 42: each lead scored by the model trained on the other folds",
        "",
        "Out-of-fold scores");
    assertThat(outcome.measure("AUC")).isBetween(0.70, 0.90);
    assertThat(outcome.measure("Brier score")).isBetween(0.10, 0.186);
    assertThat(outcome.measure("Top-decile lift")).isBetween(1.5, 4.0);
    assertThat(outcome.out())
        .contains("(lower is better; the base rate alone scores 0.186)")
        .contains("\nTop factors of the model trained on all 400 leads (a push is a change of the log-odds of winning)\n"
            + "  FEATURE         KIND         MEAN |PUSH|\n")
        .containsPattern("\n  job_level +categorical +0\\.\\d{3}\n")
        .contains("\nValues that raise the odds most (held by 5 leads or more)\n")
        .containsPattern("\n  lead_source +Referral +62 +\\+\\d\\.\\d\\d +x\\d\\.\\d\\d\n")
        .contains("\nValues that lower the odds most (held by 5 leads or more)\n")
        .containsPattern("\n  job_level +Student +72 +-\\d\\.\\d\\d +x0\\.\\d\\d\n")
        .doesNotContain("lead_id  ", "Select");
  }

  @Test
  void the_sample_file_is_what_its_generator_writes_from_seed_2024() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process generator = new ProcessBuilder(java.toString(), "GenerateLeads.java", "2024", "400")
        .directory(SAMPLE.getParent().toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();

    String generated = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(generator.waitFor()).isZero();
    assertThat(generated).isEqualTo(Files.readString(SAMPLE, StandardCharsets.UTF_8));
  }

  @Test
  void naive_bayes_is_judged_alike_and_lists_ranges_of_numbers_among_its_values() {
    Outcome outcome = evaluate(SAMPLE, "--exclude", "lead_id", "--model", "bayes", "--top", "20");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.outLines()).first().isEqualTo("Evaluation of naive Bayes on " + SAMPLE + ", target converted");
    assertThat(outcome.measure("AUC")).isBetween(0.70, 0.90);
    assertThat(outcome.out()).containsPattern("\n  page_views +(\\(\\d+, \\d+]|> \\d+|<= \\d+) +\\d+ ");
  }

  @Test
  void the_value_that_decides_outcomes_tops_the_factors_and_a_placeholder_counts_as_missing() throws IOException {
    Path leads = sourceLeads("leads.csv", ',');

    Outcome outcome = evaluate(leads, "--exclude", "id", "--top", "10");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.outLines()).contains(
        "  120 leads, 53 won (44.2%); 2 features: 1 categorical, 1 numeric (excluded: id)");
    assertThat(outcome.out())
        .containsPattern("MEAN \\|PUSH\\|\n[- ]+\n  source +categorical ")
        .containsPattern("raise the odds most \\(held by 5 leads or more\\)\n.*\n[- ]+\n  source +Referral ")
        .containsPattern("lower the odds most \\(held by 5 leads or more\\)\n.*\n[- ]+\n  source +Cold call ")
        .containsPattern("\n  source +missing +30 ")
        .doesNotContain("Select");
  }

  @Test
  void placeholders_are_configurable_and_an_empty_list_keeps_only_blanks_missing() throws IOException {
    Path leads = sourceLeads("leads.csv", ',');

    Outcome blanksOnly = evaluate(leads, "--exclude", "id", "--top", "10", "--missing-values", "");
    Outcome cold = evaluate(leads, "--exclude", "id", "--top", "10", "--missing-values", "Cold call, NA");

    assertThat(blanksOnly.exitCode()).isZero();
    assertThat(blanksOnly.out()).containsPattern("\n  source +Select +30 ").doesNotContain(" missing ");
    assertThat(cold.exitCode()).isZero();
    assertThat(cold.out()).containsPattern("\n  source +missing +30 ").doesNotContain("Cold call");
  }

  @Test
  void excluded_and_categorical_columns_change_the_features() throws IOException {
    Path leads = sourceLeads("leads.csv", ',');

    Outcome outcome = evaluate(leads, "--exclude", "id", "--categorical", "visits", "--top", "10");
    Outcome withoutSource = evaluate(leads, "--exclude", "id,source", "--top", "10");

    assertThat(outcome.outLines()).contains(
        "  120 leads, 53 won (44.2%); 2 features: 2 categorical, 0 numeric (excluded: id)");
    assertThat(outcome.out()).containsPattern("\n  visits +categorical ");
    assertThat(withoutSource.outLines()).contains(
        "  120 leads, 53 won (44.2%); 1 feature: 0 categorical, 1 numeric (excluded: id, source)");
    assertThat(withoutSource.out()).doesNotContain("Referral");
  }

  @Test
  void another_delimiter_is_read_with_the_delimiter_option() throws IOException {
    Path semicolons = sourceLeads("leads.csv", ';');
    Path tabs = sourceLeads("leads.tsv", '\t');

    Outcome bySemicolon = evaluate(semicolons, "--exclude", "id", "--delimiter", ";");
    Outcome byTab = evaluate(tabs, "--exclude", "id", "--delimiter", "tab");
    Outcome byComma = evaluate(semicolons, "--exclude", "id");

    assertThat(bySemicolon.exitCode()).isZero();
    assertThat(bySemicolon.outLines()).contains(
        "  120 leads, 53 won (44.2%); 2 features: 1 categorical, 1 numeric (excluded: id)");
    assertThat(byTab.exitCode()).isZero();
    assertThat(byTab.out()).isEqualTo(bySemicolon.out().replace("leads.csv", "leads.tsv"));
    assertThat(byComma.exitCode()).isEqualTo(2);
    assertThat(byComma.errLines()).first().asString().startsWith("error: --target: missing-column (was 'converted')");
  }

  @Test
  void the_same_seed_gives_the_same_numbers() throws IOException {
    Path leads = sourceLeads("leads.csv", ',');

    Outcome first = evaluate(leads, "--exclude", "id", "--seed", "7", "--folds", "3");
    Outcome second = evaluate(leads, "--exclude", "id", "--seed", "7", "--folds", "3");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo(second.out()).contains("  3-fold stratified cross-validation, seed 7: ");
  }

  @Test
  void a_target_value_that_is_not_0_or_1_is_reported_with_its_line_and_exits_1() throws IOException {
    Path leads = file("yes.csv", "source,converted", "Referral,1", "Cold call,yes");

    Outcome outcome = evaluate(leads);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.errLines()).containsExactly(
        "error: " + leads + " cannot be evaluated",
        "  csv.converted: not-0-or-1 (was 'yes'): line 3: the target is 0 (lost) or 1 (won)");
  }

  @Test
  void a_blank_or_placeholder_target_is_reported_with_its_line_and_exits_1() throws IOException {
    Path leads = file("blank.csv", "source,converted", "Referral,1", "Cold call,Select");

    Outcome outcome = evaluate(leads);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).containsExactly(
        "error: " + leads + " cannot be evaluated",
        "  csv.converted: required (was 'Select'): line 3 has no outcome; the target is 0 or 1");
  }

  @Test
  void malformed_csv_is_reported_with_its_line_and_exits_1() throws IOException {
    Path shortRow = file("short.csv", "source,visits,converted", "Referral,3,1", "Cold call,0");
    Path openQuote = file("quote.csv", "source,converted", "\"Referral,1");

    Outcome fields = evaluate(shortRow);
    Outcome quote = evaluate(openQuote);

    assertThat(fields.exitCode()).isEqualTo(1);
    assertThat(fields.errLines()).hasSize(2).first().isEqualTo("error: " + shortRow + " cannot be evaluated");
    assertThat(fields.errLines().get(1)).startsWith("  csv: field-count").contains("line 3");
    assertThat(quote.exitCode()).isEqualTo(1);
    assertThat(quote.errLines().get(1)).startsWith("  csv: unterminated-quote");
  }

  @Test
  void leads_of_one_outcome_only_cannot_be_evaluated_and_exit_1() throws IOException {
    Path leads = file("won.csv", "source,converted", "Referral,1", "Web form,1", "Cold call,1");

    Outcome outcome = evaluate(leads);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).containsExactly(
        "error: " + leads + " cannot be evaluated",
        "  training.outcomes: single-class (was '3 won, 0 lost'): training needs won and lost leads");
  }

  @Test
  void a_header_without_rows_cannot_be_evaluated_and_exits_1() throws IOException {
    Path leads = file("empty.csv", "source,converted");

    Outcome outcome = evaluate(leads);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.errLines()).containsExactly(
        "error: " + leads + " cannot be evaluated",
        "  csv: no-rows (was ''): the file has a header and no leads");
  }

  @Test
  void a_target_the_file_lacks_is_a_usage_error_naming_the_option_and_the_columns() throws IOException {
    Path leads = sourceLeads("leads.csv", ',');

    Outcome outcome = crm("score", "evaluate", "--input", leads.toString(), "--target", "Converted");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).first().isEqualTo("error: --target: missing-column (was 'Converted'): the header"
        + " has no such column: [id, source, visits, converted]");
    assertThat(outcome.err()).contains("Usage: crm score evaluate");
  }

  @Test
  void excluding_an_unknown_column_or_the_target_is_a_usage_error() throws IOException {
    Path leads = sourceLeads("leads.csv", ',');

    Outcome unknown = evaluate(leads, "--exclude", "id,notes");
    Outcome target = evaluate(leads, "--exclude", "converted");
    Outcome categorical = evaluate(leads, "--categorical", "zip");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines()).first().isEqualTo("error: --exclude: unknown-column (was 'notes'): the header has"
        + " no such column: [id, source, visits, converted]");
    assertThat(target.exitCode()).isEqualTo(2);
    assertThat(target.errLines()).first()
        .isEqualTo("error: --exclude: target (was 'converted'): the target column cannot be excluded");
    assertThat(categorical.exitCode()).isEqualTo(2);
    assertThat(categorical.errLines()).first().asString().startsWith("error: --categorical: unknown-column (was 'zip')");
  }

  @Test
  void more_folds_than_won_leads_or_fewer_than_two_is_a_usage_error() throws IOException {
    Path leads = file("few.csv", "source,converted", "Referral,1", "Referral,1", "Cold call,0", "Cold call,0",
        "Web form,0", "Web form,0");

    Outcome tooMany = evaluate(leads, "--folds", "3");
    Outcome one = evaluate(leads, "--folds", "1");
    Outcome two = evaluate(leads, "--folds", "2");

    assertThat(tooMany.exitCode()).isEqualTo(2);
    assertThat(tooMany.errLines()).first()
        .isEqualTo("error: --folds: more-than-won-leads (was '3'): 3 folds for 2 won leads");
    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(one.errLines()).first().isEqualTo("error: --folds: range (was '1'): at least two folds");
    assertThat(two.exitCode()).isZero();
  }

  @Test
  void a_missing_file_is_refused_with_exit_2() {
    Path missing = dir.resolve("nowhere.csv");

    Outcome outcome = evaluate(missing);

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).containsExactly("error: input: missing (was '" + missing + "'): no such file");
  }

  @Test
  void a_file_that_is_not_utf_8_is_refused_with_exit_2() throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "source,converted\nM\u00fcnchen,1\nBerlin,0\n".getBytes(StandardCharsets.ISO_8859_1));

    Outcome outcome = evaluate(latin1);

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).containsExactly("error: input: unreadable (was '" + latin1 + "'): not UTF-8");
  }

  @Test
  void an_unknown_model_a_bad_delimiter_or_top_are_usage_errors() throws IOException {
    Path leads = sourceLeads("leads.csv", ',');

    Outcome model = evaluate(leads, "--model", "tree");
    Outcome delimiter = evaluate(leads, "--delimiter", "\"");
    Outcome top = evaluate(leads, "--top", "0");

    assertThat(model.exitCode()).isEqualTo(2);
    assertThat(model.errLines()).first().isEqualTo(
        "error: invalid value for option '--model': no model 'tree': choose bayes, logistic");
    assertThat(delimiter.exitCode()).isEqualTo(2);
    assertThat(delimiter.errLines()).first().isEqualTo("error: invalid value for option '--delimiter': '\"' is not a"
        + " delimiter: give one character, such as ; or |, or tab (not a quote)");
    assertThat(top.exitCode()).isEqualTo(2);
    assertThat(top.errLines()).first().isEqualTo("error: --top: give 1 or more (was 0)");
  }

  @Test
  void the_input_and_target_are_required() {
    Outcome outcome = crm("score", "evaluate");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).first()
        .isEqualTo("error: missing required options: '--input=FILE', '--target=COLUMN'");
  }

  @Test
  void the_help_describes_the_options_and_exit_codes() {
    Outcome outcome = crm("score", "evaluate", "--help");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).startsWith("Usage: crm score evaluate ")
        .contains("--model=MODEL", "bayes, logistic (default: logistic)", "--missing-values=TEXT",
            "default: Select,NA,N/A,null", "Exit codes:");
  }

  @Test
  void score_without_a_command_is_a_usage_error_naming_the_commands() {
    Outcome outcome = crm("score");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).first().isEqualTo("error: missing command: choose one of evaluate, apply");
    assertThat(outcome.err()).contains("Usage: crm score ");
  }
}
