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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Invariants of {@code crm score evaluate} over any file of leads a user may give it. */
class ScoreEvaluateProperties {

  /** One lead: a source, a number of visits, and its outcome cell. */
  record Lead(String source, String visits, String converted) {
    String row() {
      return source + "," + visits + "," + converted;
    }

    /** The lead with each blank cell but the outcome written as a placeholder. */
    Lead withBlanksAs(String placeholder) {
      return new Lead(source.isEmpty() ? placeholder : source, visits.isEmpty() ? placeholder : visits, converted);
    }
  }

  @Property(tries = 150)
  void whatever_the_leads_evaluate_exits_0_1_or_2_with_measures_in_their_bounds_or_one_explained_refusal(
      @ForAll("leads") List<Lead> leads, @ForAll("models") String model, @ForAll("folds") int folds)
      throws IOException {
    Path file = write(leads);

    Outcome outcome = crm("score", "evaluate", "--input", file.toString(), "--target", "converted",
        "--model", model, "--folds", Integer.toString(folds));

    Statistics.label("exit code and reason").collect(outcome.exitCode(), reason(outcome));
    assertThat(outcome.exitCode()).isIn(0, 1, 2);
    assertThat(outcome.err()).doesNotContain("\tat ", "--verbose for the stack trace");
    if (outcome.exitCode() == 0) {
      assertThat(outcome.err()).isEmpty();
      assertThat(measure(outcome.out(), "AUC")).isBetween(0.0, 1.0);
      assertThat(measure(outcome.out(), "Brier score")).isBetween(0.0, 1.0);
      assertThat(measure(outcome.out(), "Top-decile lift")).isGreaterThanOrEqualTo(0.0);
    } else if (outcome.exitCode() == 1) {
      assertThat(outcome.out()).isEmpty();
      assertThat(outcome.err().lines().toList()).hasSize(2).first()
          .isEqualTo("error: " + file + " cannot be evaluated");
    } else {
      assertThat(outcome.err()).startsWith("error: --folds: ");
    }
  }

  @Property(tries = 60)
  void a_placeholder_in_place_of_a_blank_changes_nothing(
      @ForAll("closedLeads") List<Lead> leads, @ForAll("placeholders") String placeholder) throws IOException {
    Path blanks = write(leads);
    Path placeholders = write(leads.stream().map(lead -> lead.withBlanksAs(placeholder)).toList());

    Outcome withBlanks = crm("score", "evaluate", "--input", blanks.toString(), "--target", "converted",
        "--folds", "2");
    Outcome withPlaceholders = crm("score", "evaluate", "--input", placeholders.toString(), "--target", "converted",
        "--folds", "2");

    Statistics.label("exit code").collect(withBlanks.exitCode());
    assertThat(withPlaceholders.exitCode()).isEqualTo(withBlanks.exitCode());
    assertThat(withPlaceholders.out().replace(placeholders.toString(), "FILE"))
        .isEqualTo(withBlanks.out().replace(blanks.toString(), "FILE"));
  }

  @Provide
  Arbitrary<List<Lead>> leads() {
    return lead(Arbitraries.frequencyOf(
            Tuple.of(300, Arbitraries.of("0", "1")),
            Tuple.of(1, Arbitraries.of("", "yes", "2"))))
        .list().ofMinSize(0).ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Lead>> closedLeads() {
    return lead(Arbitraries.of("0", "1")).list().ofMinSize(4).ofMaxSize(40);
  }

  private static Arbitrary<Lead> lead(Arbitrary<String> outcomes) {
    return Combinators.combine(
            Arbitraries.of("Referral", "Cold call", "Web form", "", "7"),
            Arbitraries.of("0", "1", "3", "12", "2.5", "", "many"),
            outcomes)
        .as(Lead::new);
  }

  @Provide
  Arbitrary<String> models() {
    return Arbitraries.of("bayes", "logistic");
  }

  @Provide
  Arbitrary<Integer> folds() {
    return Arbitraries.integers().between(2, 5);
  }

  @Provide
  Arbitrary<String> placeholders() {
    return Arbitraries.of("Select", "select", "NA", " N/A ", "null");
  }

  /** The field and rule of a refusal ({@code csv: no-rows}), empty for none. */
  private static String reason(Outcome outcome) {
    List<String> lines = outcome.err().lines().toList();
    String line = outcome.exitCode() == 1 ? lines.get(1).strip() : outcome.exitCode() == 2 ? lines.get(0) : "";
    return line.replaceFirst(" \\(was .*", "").replaceFirst("^error: ", "");
  }

  private static double measure(String out, String label) {
    Matcher matcher = Pattern.compile("(?m)^  " + Pattern.quote(label) + " +(\\d+\\.\\d+)").matcher(out);
    assertThat(matcher.find()).as("a line '%s' in:%n%s", label, out).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  record Outcome(int exitCode, String out, String err) {}

  private static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  private static Path write(List<Lead> leads) throws IOException {
    Path file = Files.createTempFile("leads", ".csv");
    file.toFile().deleteOnExit();
    List<String> lines = new ArrayList<>();
    lines.add("source,visits,converted");
    leads.forEach(lead -> lines.add(lead.row()));
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
