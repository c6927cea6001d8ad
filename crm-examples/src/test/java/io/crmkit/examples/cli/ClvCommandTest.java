package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code crm clv fit} and {@code crm clv predict} as a user runs them on the CDNOW sample: the
 * published BG/NBD fit as JSON with its holdout check (exit 0), a CSV row per customer, bad rows
 * reported with their lines (exit 1), and bad arguments (exit 2).
 */
class ClvCommandTest {
  private static final Path SAMPLE = Path.of("..", "examples", "analytics", "cdnow-sample.csv");
  private static final String[] COLUMNS = {
    "--customer", "customer_id", "--date", "date", "--amount", "dollar_value", "--unit", "week",
  };

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  /** {@code crm clv <command> --transactions <file>} with CDNOW's columns, week, 1997-09-30, and more. */
  private static Outcome clv(String command, Path transactions, String... more) {
    List<String> args = new ArrayList<>(List.of("clv", command, "--transactions", transactions.toString()));
    args.addAll(List.of(COLUMNS));
    args.addAll(List.of("--calibration-end", "1997-09-30"));
    args.addAll(List.of(more));
    return crm(args.toArray(String[]::new));
  }

  private Path file(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void fitting_bg_nbd_to_the_sample_prints_the_published_parameters_and_the_holdout_check() {
    Outcome outcome = clv("fit", SAMPLE, "--model", "bgnbd", "--holdout-end", "1998-06-30");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    JsonNode json = outcome.json();
    assertThat(json.get("model").asText()).isEqualTo("bgnbd");
    assertThat(json.get("customers").asInt()).isEqualTo(2357);
    assertThat(json.get("converged").asBoolean()).isTrue();
    assertThat(json.at("/parameters/r/estimate").asDouble()).isCloseTo(0.2426, within(1e-4));
    assertThat(json.at("/parameters/alpha/standardError").asDouble()).isCloseTo(0.378, within(1e-3));
    assertThat(json.get("logLikelihood").asDouble()).isCloseTo(-9582.43, within(0.01));
    assertThat(json.at("/holdout/actualRepeatPurchases").asInt()).isEqualTo(1882);
    assertThat(json.at("/holdout/predictedRepeatPurchases").asDouble()).isCloseTo(1653.4, within(0.05));
    assertThat(json.at("/holdout/length").asDouble()).isEqualTo(39.0);
    assertThat(json.at("/holdout/tracking/periods").asInt()).isEqualTo(78);
  }

  @Test
  void fitting_the_spend_model_uses_the_repeat_buyers() {
    Outcome outcome = clv("fit", SAMPLE, "--model", "gg");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    JsonNode json = outcome.json();
    assertThat(json.get("customers").asInt()).isEqualTo(946);
    assertThat(json.at("/parameters/p/estimate").asDouble()).isCloseTo(6.25, within(0.005));
    assertThat(json.at("/parameters/gamma/estimate").asDouble()).isCloseTo(15.44, within(0.005));
  }

  @Test
  void predicting_writes_a_row_per_customer_with_probability_alive_expected_purchases_and_value() throws IOException {
    Path output = dir.resolve("clv.csv");

    Outcome outcome = clv("predict", SAMPLE, "--model", "pnbd", "--horizon", "52", "--discount-rate", "0.0018",
        "--output", output.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).startsWith("Wrote 2357 customers to ").contains("Pareto/NBD over 52 weeks");
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(2358);
    assertThat(lines.get(0)).isEqualTo("customer_id,x,t_x,T,p_alive,expected_purchases,expected_spend,clv");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertThat(Double.parseDouble(cells[4])).isBetween(0.0, 1.0);
      assertThat(Double.parseDouble(cells[5])).isGreaterThanOrEqualTo(0.0);
      assertThat(Double.parseDouble(cells[7])).isGreaterThanOrEqualTo(0.0);
    }
    assertThat(lines.get(1)).startsWith("1,2,30.428571,38.857143,");
  }

  @Test
  void predicting_to_standard_output_writes_the_rows_there() {
    Outcome outcome = clv("predict", SAMPLE, "--model", "bgnbd", "--horizon", "4");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out().lines()).hasSize(2358).first().asString().startsWith("customer_id,");
  }

  @Test
  void bad_rows_are_reported_with_their_lines_and_nothing_is_fitted() throws IOException {
    Path broken = file("broken.csv",
        "customer_id,date,dollar_value",
        "1,1997-01-01,29.33",
        "1,1997-13-01,10.00",
        ",1997-02-01,5",
        "2,1997-01-02,lots");

    Outcome outcome = clv("fit", broken, "--model", "bgnbd");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).contains("error: nothing fitted: 3 problems")
        .contains("broken.csv line 3: date: '1997-13-01' is not a date")
        .contains("broken.csv line 4: customer_id: no customer id")
        .contains("broken.csv line 5: dollar_value: 'lots' is not an amount");
  }

  @Test
  void a_fit_that_does_not_converge_prints_the_reason_as_json_and_exits_1() throws IOException {
    Path onceEach = file("once.csv", "customer_id,date,dollar_value", "1,1997-01-01,10", "2,1997-02-01,12",
        "3,1997-03-01,8");

    Outcome outcome = clv("fit", onceEach, "--model", "bgnbd");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.json().get("converged").asBoolean()).isFalse();
    assertThat(outcome.json().get("reason").asText()).contains("ran off");
    assertThat(outcome.err()).contains("the fit did not converge");
  }

  @Test
  void a_column_the_file_lacks_is_a_usage_error() {
    Outcome outcome = crm("clv", "fit", "--transactions", SAMPLE.toString(), "--customer", "client", "--date", "date",
        "--amount", "dollar_value", "--unit", "week", "--calibration-end", "1997-09-30", "--model", "bgnbd");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--customer: unknown-column (was 'client')");
  }

  @Test
  void options_that_do_not_fit_together_are_usage_errors() {
    assertThat(clv("fit", SAMPLE, "--model", "bgnbd", "--holdout-end", "1997-09-30").err())
        .contains("--holdout-end: must be after --calibration-end");
    assertThat(clv("fit", SAMPLE, "--model", "gg", "--holdout-end", "1998-06-30").exitCode()).isEqualTo(2);
    assertThat(clv("predict", SAMPLE, "--model", "gg", "--horizon", "52").err())
        .contains("predict needs a purchase model");
    assertThat(clv("predict", SAMPLE, "--model", "bgnbd", "--horizon", "0").exitCode()).isEqualTo(2);
    assertThat(clv("predict", SAMPLE, "--model", "bgnbd", "--horizon", "52", "--discount-rate", "-1").exitCode())
        .isEqualTo(2);
    assertThat(clv("fit", SAMPLE, "--model", "nbd").err()).contains("'nbd' is not a model");
  }

  @Test
  void an_unknown_unit_and_a_missing_file_are_usage_errors() {
    Outcome unit = crm("clv", "fit", "--transactions", SAMPLE.toString(), "--customer", "customer_id", "--date",
        "date", "--amount", "dollar_value", "--unit", "fortnight", "--calibration-end", "1997-09-30", "--model",
        "bgnbd");
    Outcome missing = clv("fit", dir.resolve("none.csv"), "--model", "bgnbd");

    assertThat(unit.exitCode()).isEqualTo(2);
    assertThat(unit.err()).contains("'fortnight' is not a unit");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void a_calibration_end_before_every_first_purchase_fits_nothing() {
    Outcome outcome = crm("clv", "fit", "--transactions", SAMPLE.toString(), "--customer", "customer_id", "--date",
        "date", "--amount", "dollar_value", "--unit", "day", "--calibration-end", "1996-12-31", "--model", "pnbd");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("no customer").contains("1996-12-31");
  }

  @Test
  void clv_alone_lists_its_commands() {
    Outcome outcome = crm("clv");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("missing command: choose one of fit, predict");
  }
}
