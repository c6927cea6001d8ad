package io.crmkit.examples.cli;

import io.crmkit.analytics.rfm.CustomerRfm;
import io.crmkit.analytics.rfm.FrequencyMeasure;
import io.crmkit.analytics.rfm.MonetaryMeasure;
import io.crmkit.analytics.rfm.RfmAnalysis;
import io.crmkit.analytics.rfm.RfmBinning;
import io.crmkit.analytics.rfm.RfmResult;
import io.crmkit.analytics.rfm.SegmentRule;
import io.crmkit.analytics.rfm.SegmentSummary;
import io.crmkit.analytics.rfm.SegmentTable;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import io.crmkit.examples.report.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm rfm}: reads a CSV file of orders ({@link OrdersFile}), scores every
 * customer's recency, frequency and monetary value as of a date ({@link RfmAnalysis}), prints the
 * customers, orders and revenue per segment, and writes every customer's values, scores, segment and
 * the rule that put it there as CSV.
 */
@Command(
    name = "rfm",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores every customer of a CSV file of orders by recency, frequency and monetary value as of a date,"
          + " puts each in a segment, prints customers, orders and revenue per segment, and writes every"
          + " customer's values, scores, segment and rule as CSV (--output).",
      "Purchases after --as-of are left out; customers whose first purchase is later are not scored."
    },
    footerHeading = "%nBinning:%n",
    footer = {
      "  r       R package rfm: cut points at quantiles (type 7) + 1, ties together",
      "  qcut    pandas qcut: quantile edges, repeats dropped (maybe fewer bins)",
      "  rank    equal-count bins over ranks, ties in order of first appearance",
      "  nested  F within each R bin, M within each R-F cell (r inside)",
      "Example (the CDNOW sample, see examples/analytics/README.md):",
      "  crm rfm --orders examples/analytics/cdnow-sample.csv --customer customer_id \\",
      "      --date date --amount dollar_value --as-of 1998-07-01 \\",
      "      --output rfm-scores.csv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored",
      "1:bad rows in the file (each printed with its line; nothing written unless --skip-bad-rows), or an"
          + " unexpected failure",
      "2:bad arguments, a file missing or unreadable, or a column the header lacks"
    })
public final class RfmCommand implements Callable<Integer> {

  /** The binning conventions by their command-line names. */
  enum Binning {
    R, QCUT, RANK, NESTED;

    RfmBinning of(int bins) {
      return switch (this) {
        case R -> RfmBinning.rPackage(bins);
        case QCUT -> RfmBinning.quantileCut(bins);
        case RANK -> RfmBinning.rankFirst(bins);
        case NESTED -> RfmBinning.nested(RfmBinning.rPackage(bins));
      };
    }
  }

  /** What frequency counts. */
  enum Frequency { ORDERS, DAYS }

  /** What monetary value measures. */
  enum Monetary { TOTAL, MEAN }

  /** The built-in segment tables. */
  enum Segments {
    RFM, RF_MAP;

    SegmentTable table() {
      return this == RFM ? SegmentTable.rfmPackage() : SegmentTable.recencyFrequencyMap();
    }
  }

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The file and its columns. */
  @Mixin OrdersFile orders = new OrdersFile();

  /** The amount column. */
  @Option(names = "--amount", required = true, paramLabel = "COLUMN",
      description = "The column of the order's amount (revenue).")
  String amount = "";

  /** The analysis date. */
  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "The analysis date (ISO, such as 1998-07-01): recency counts days back from it.")
  LocalDate asOf = LocalDate.EPOCH;

  /** The binning. */
  @Option(names = "--binning", paramLabel = "NAME", defaultValue = "r",
      description = "How values become scores: r, qcut, rank or nested (default: ${DEFAULT-VALUE}; see below).")
  Binning binning = Binning.R;

  /** The bins. */
  @Option(names = "--bins", paramLabel = "N", defaultValue = "5",
      description = "Bins (scores) per dimension, 1 to 100 (default: ${DEFAULT-VALUE}); the segment tables"
          + " are made for 5.")
  int bins = 5;

  /** The frequency. */
  @Option(names = "--frequency", paramLabel = "WHAT", defaultValue = "orders",
      description = "What frequency counts: orders, or days with a purchase (default: ${DEFAULT-VALUE}).")
  Frequency frequency = Frequency.ORDERS;

  /** The monetary value. */
  @Option(names = "--monetary", paramLabel = "WHAT", defaultValue = "total",
      description = "Monetary value: total revenue, or mean per order or day counted (default: ${DEFAULT-VALUE}).")
  Monetary monetary = Monetary.TOTAL;

  /** The segment table. */
  @Option(names = "--segments", paramLabel = "TABLE", defaultValue = "rfm", converter = SegmentsName.class,
      description = "The segment table: rfm (the R package's ten segments) or rf-map (on recency and"
          + " frequency only) (default: ${DEFAULT-VALUE}).")
  Segments segments = Segments.RFM;

  /** Where the per-customer CSV goes. */
  @Option(names = "--output", paramLabel = "FILE", defaultValue = "rfm-scores.csv",
      description = "The CSV file for every customer's values, scores, segment and rule (default:"
          + " ${DEFAULT-VALUE}).")
  Path output = Path.of("rfm-scores.csv");

  /** Makes the command; picocli fills in its options. */
  public RfmCommand() {}

  /**
   * Scores the customers, prints the summary and writes the scores.
   *
   * @return 0 when scored, 1 when bad rows stop it
   * @throws CrmValidationException when a file is missing, unreadable or unwritable, or a column is
   *     not in the header (exit code 2)
   * @throws ParameterException when an option is refused (exit code 2)
   */
  @Override
  public Integer call() {
    if (bins < 1 || bins > RfmBinning.MAX_BINS) {
      throw new ParameterException(spec.commandLine(), "--bins: give 1 to " + RfmBinning.MAX_BINS + " (was "
          + bins + ")");
    }
    RfmAnalysis analysis = RfmAnalysis.asOf(asOf)
        .withFrequency(frequency == Frequency.ORDERS ? FrequencyMeasure.ORDERS : FrequencyMeasure.PURCHASE_DAYS)
        .withMonetary(monetary == Monetary.TOTAL ? MonetaryMeasure.TOTAL : MonetaryMeasure.MEAN)
        .withBinning(binning.of(bins))
        .withSegments(segments.table());
    PrintWriter err = spec.commandLine().getErr();
    Optional<Transactions> loaded = orders.load(amount, err);
    if (loaded.isEmpty()) {
      return ExitCode.SOFTWARE;
    }
    Transactions transactions = loaded.get();
    RfmResult result = analysis.runInParallel(transactions);
    write(result);
    print(spec.commandLine().getOut(), transactions, result);
    return ExitCode.OK;
  }

  private void write(RfmResult result) {
    try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      file.write("customer_id,recency_days,frequency,monetary,orders,revenue,recency_score,frequency_score,"
          + "monetary_score,rfm_score,segment,rule\n");
      for (CustomerRfm customer : result.customers()) {
        file.write(String.join(",",
            ReplayPrinter.quoted(customer.customerId()),
            Integer.toString(customer.recencyDays()),
            Integer.toString(customer.frequency()),
            decimal(customer.monetary()),
            Integer.toString(customer.orders()),
            decimal(customer.revenue()),
            Integer.toString(customer.score().recency()),
            Integer.toString(customer.score().frequency()),
            Integer.toString(customer.score().monetary()),
            customer.score().code(),
            ReplayPrinter.quoted(customer.segment()),
            ReplayPrinter.quoted(customer.rule().map(RfmCommand::rule).orElse(""))));
        file.write('\n');
      }
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of("--output", "unwritable", output, "the folder does not exist");
    } catch (IOException e) {
      throw CrmValidationException.of("--output", "unwritable", output, "cannot write the file: " + e.getMessage());
    }
  }

  /** A rule as written in the scores file: {@code R 3-5, F 3-5, M 2-5}. */
  static String rule(SegmentRule rule) {
    return "R " + rule.recency() + ", F " + rule.frequency() + ", M " + rule.monetary();
  }

  private void print(PrintWriter out, Transactions transactions, RfmResult result) {
    out.printf(Locale.ROOT, "RFM of %,d customers as of %s, from %,d rows of %s%n", result.size(), asOf,
        transactions.size(), orders.file);
    if (result.size() < transactions.customerCount()) {
      int later = transactions.customerCount() - result.size();
      out.printf(Locale.ROOT, "  %,d %s with purchases after %s only, not scored%n", later,
          later == 1 ? "customer" : "customers", asOf);
    }
    out.println("  frequency: " + (frequency == Frequency.ORDERS ? "orders" : "days with a purchase")
        + "; monetary: " + (monetary == Monetary.TOTAL ? "total revenue" : "mean per " + (frequency == Frequency.ORDERS
            ? "order" : "day")) + "; binning: " + label(binning) + ", " + bins + " bins; segments: "
        + result.analysis().segments().name());
    out.println();
    TextTable table = TextTable.of(TextTable.left("SEGMENT"), TextTable.right("CUSTOMERS"), TextTable.right("SHARE"),
        TextTable.right("ORDERS"), TextTable.right("REVENUE"), TextTable.right("SHARE"),
        TextTable.right("PER ORDER"));
    List<SegmentSummary> summary = result.summary();
    for (SegmentSummary segment : summary) {
      table.row(segment.segment(), String.format(Locale.ROOT, "%,d", segment.customers()), percent(segment.customerShare()),
          String.format(Locale.ROOT, "%,d", segment.orders()), money(segment.revenue()), percent(segment.revenueShare()),
          segment.orders() == 0 ? "" : money(segment.meanOrderValue()));
    }
    long orderTotal = summary.stream().mapToLong(SegmentSummary::orders).sum();
    double revenueTotal = summary.stream().mapToDouble(SegmentSummary::revenue).sum();
    table.total("Total", String.format(Locale.ROOT, "%,d", result.size()), percent(result.size() == 0 ? 0 : 1),
        String.format(Locale.ROOT, "%,d", orderTotal), money(revenueTotal), percent(revenueTotal == 0 ? 0 : 1),
        orderTotal == 0 ? "" : money(revenueTotal / orderTotal));
    out.print(table.render());
    out.println();
    out.println("Every customer's values, scores, segment and rule written to " + output + " ("
        + summary.stream().filter(s -> s.customers() > 0).map(SegmentSummary::segment).count() + " segments used)");
    out.flush();
  }

  private static String label(Binning binning) {
    return switch (binning) {
      case R -> "R package rfm";
      case QCUT -> "pandas qcut";
      case RANK -> "rank first";
      case NESTED -> "nested (R package rfm within)";
    };
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static String money(double amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }

  /** An amount as written in the scores file: at most 6 decimals, no trailing zeros, no grouping. */
  static String decimal(double value) {
    String text = String.format(Locale.ROOT, "%.6f", value);
    text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    return text.equals("-0") ? "0" : text;
  }

  /** Reads {@code --segments}: {@code rfm} or {@code rf-map}. */
  static final class SegmentsName implements picocli.CommandLine.ITypeConverter<Segments> {
    @Override
    public Segments convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "rfm" -> Segments.RFM;
        case "rf-map", "rf_map", "rfmap" -> Segments.RF_MAP;
        default -> throw new picocli.CommandLine.TypeConversionException("'" + value
            + "' is not a segment table: give rfm or rf-map");
      };
    }
  }
}
