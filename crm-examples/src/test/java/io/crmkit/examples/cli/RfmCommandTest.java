package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.csv.TransactionCsv;
import io.crmkit.analytics.rfm.CustomerRfm;
import io.crmkit.analytics.rfm.RfmAnalysis;
import io.crmkit.analytics.rfm.RfmResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm rfm} as a user runs it: the summary per segment and the per-customer file of the CDNOW
 * sample (exit 0), bad rows (exit 1, each with its line), and bad arguments or files (exit 2).
 */
class RfmCommandTest {
  private static final Path SAMPLE = Path.of("..", "examples", "analytics", "cdnow-sample.csv");

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {}

  static Outcome crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Crm.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  private Outcome rfm(Path orders, String... more) {
    List<String> args = new ArrayList<>(List.of("rfm", "--orders", orders.toString(), "--customer", "customer_id",
        "--date", "date", "--amount", "dollar_value", "--as-of", "1998-07-01",
        "--output", dir.resolve("scores.csv").toString()));
    args.addAll(List.of(more));
    return crm(args.toArray(String[]::new));
  }

  private Path file(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void the_sample_is_summed_up_per_segment_and_every_customer_written() throws IOException {
    Outcome outcome = rfm(SAMPLE);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out().lines().toList()).startsWith(
        "RFM of 2,357 customers as of 1998-07-01, from 6,919 rows of " + SAMPLE,
        "  frequency: orders; monetary: total revenue; binning: R package rfm, 5 bins; segments: R package rfm",
        "",
        "  SEGMENT             CUSTOMERS   SHARE  ORDERS     REVENUE   SHARE  PER ORDER");
    assertThat(outcome.out())
        .containsPattern("\n  Champions +[0-9,]+ +\\d+\\.\\d% ")
        .containsPattern("\n  Total +2,357 +100\\.0% +6,919 +[0-9,]+\\.\\d\\d +100\\.0% ")
        .contains("Every customer's values, scores, segment and rule written to " + dir.resolve("scores.csv"));
    List<String> written = Files.readAllLines(dir.resolve("scores.csv"));
    assertThat(written).hasSize(2_358);
    assertThat(written.get(0)).isEqualTo("customer_id,recency_days,frequency,monetary,orders,revenue,recency_score,"
        + "frequency_score,monetary_score,rfm_score,segment,rule");
  }

  @Test
  void a_customers_row_has_its_values_scores_segment_and_rule() throws IOException {
    // customer 1 bought on 1997-01-01 (29.33), 01-18 (29.73), 08-02 (14.96) and 12-12 (26.48):
    // 201 days before 1998-07-01, 4 orders, 100.50 in all
    rfm(SAMPLE);

    String row = Files.readAllLines(dir.resolve("scores.csv")).get(1);
    RfmResult library = RfmAnalysis.asOf(LocalDate.parse("1998-07-01")).run(
        TransactionCsv.columns("customer_id", "date", "dollar_value").read(SAMPLE).transactions());
    CustomerRfm one = library.customer("1").orElseThrow();
    assertThat(row).startsWith("1,201,4,100.5,4,100.5,")
        .isEqualTo("1,201,4,100.5,4,100.5," + one.score().recency() + "," + one.score().frequency() + ","
            + one.score().monetary() + "," + one.score().code() + "," + ReplayPrinter.quoted(one.segment()) + ","
            + ReplayPrinter.quoted(one.rule().map(RfmCommand::rule).orElse("")));
  }

  @Test
  void binning_segments_and_measures_are_options() throws IOException {
    Outcome outcome = rfm(SAMPLE, "--binning", "qcut", "--bins", "4", "--segments", "rf-map", "--frequency", "days",
        "--monetary", "mean");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("  frequency: days with a purchase; monetary: mean per day; binning: pandas qcut,"
        + " 4 bins; segments: R-F map").contains("\n  Hibernating ");
    assertThat(Files.readAllLines(dir.resolve("scores.csv")).stream().skip(1).map(line -> line.split(",")[6]))
        .allSatisfy(score -> assertThat(Integer.parseInt(score)).isBetween(1, 4));
  }

  @Test
  void bad_rows_stop_the_command_each_with_its_line() throws IOException {
    Path orders = file("orders.csv", "customer_id,date,dollar_value", "a,1998-01-02,10", "b,1998-02-30,5",
        ",1998-01-03,5", "c,1998-01-04,12.5.0");

    Outcome outcome = rfm(orders);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err().lines().toList()).containsExactly(
        "error: nothing computed: 3 bad rows of 4 in " + orders + " (--skip-bad-rows leaves them out)",
        "  " + orders + " line 3: date: '1998-02-30' is not a date in the format yyyy-MM-dd",
        "  " + orders + " line 4: customer_id: no customer id",
        "  " + orders + " line 5: dollar_value: '12.5.0' is not an amount: write digits with an optional sign and"
            + " decimal point, such as -12.50");
    assertThat(dir.resolve("scores.csv")).doesNotExist();
  }

  @Test
  void bad_rows_can_be_left_out() throws IOException {
    Path orders = file("orders.csv", "customer_id,date,dollar_value", "a,1998-01-02,10", "b,1998-02-30,5");

    Outcome outcome = rfm(orders, "--skip-bad-rows");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).startsWith("warning: left out 1 bad row of 2 in " + orders + "\n");
    assertThat(outcome.out()).startsWith("RFM of 1 customers as of 1998-07-01, from 1 rows of " + orders);
  }

  @Test
  void dates_delimiters_decimal_commas_and_order_ids_follow_the_options() throws IOException {
    Path orders = file("orders.csv", "cust;day;total;order", "a;19980102;10,50;o1", "a;19980102;1,50;o1",
        "b;19980601;5;o2", "c;19980801;7;o3");

    Outcome outcome = crm("rfm", "--orders", orders.toString(), "--customer", "cust", "--date", "day", "--amount",
        "total", "--order-id", "order", "--date-format", "yyyyMMdd", "--delimiter", ";", "--decimal-comma",
        "--as-of", "1998-07-01", "--output", dir.resolve("scores.csv").toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("  1 customer with purchases after 1998-07-01 only, not scored");
    assertThat(Files.readAllLines(dir.resolve("scores.csv")).get(1)).startsWith("a,180,1,12,1,12,");
  }

  @Test
  void a_column_the_header_lacks_is_a_bad_argument() {
    Outcome outcome = crm("rfm", "--orders", SAMPLE.toString(), "--customer", "cust", "--date", "date", "--amount",
        "dollar_value", "--as-of", "1998-07-01", "--output", dir.resolve("scores.csv").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("error: --customer: unknownColumn (was 'cust'): the header has no such column:"
        + " [master_id, customer_id, date, number_of_cds, dollar_value]");
  }

  @Test
  void a_missing_file_bins_out_of_range_and_an_unknown_binning_are_bad_arguments() {
    assertThat(rfm(dir.resolve("none.csv")).err()).startsWith("error: --orders: missing");
    assertThat(rfm(dir.resolve("none.csv")).exitCode()).isEqualTo(2);
    assertThat(rfm(SAMPLE, "--bins", "0").err()).startsWith("error: --bins: give 1 to 100 (was 0)");
    assertThat(rfm(SAMPLE, "--binning", "median").exitCode()).isEqualTo(2);
    assertThat(rfm(SAMPLE, "--segments", "mine").err()).contains("'mine' is not a segment table: give rfm or rf-map");
  }

  @Test
  void an_unwritable_output_is_refused() {
    Outcome outcome = crm("rfm", "--orders", SAMPLE.toString(), "--customer", "customer_id", "--date", "date",
        "--amount", "dollar_value", "--as-of", "1998-07-01", "--output", dir.resolve("no/such/folder.csv").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("error: --output: unwritable");
  }
}
