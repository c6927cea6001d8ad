package io.crmkit.analytics.clv;

import io.crmkit.analytics.transaction.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The public CLV data sets of src/test/resources/clv (see PROVENANCE.md there), read for the tests.
 */
public final class ClvData {
  /** The last day of the CDNOW calibration period (inclusive). */
  public static final LocalDate CDNOW_CALIBRATION_END = LocalDate.of(1997, 9, 30);

  /** The last day of the CDNOW holdout period (inclusive): 39 weeks after the calibration end. */
  public static final LocalDate CDNOW_HOLDOUT_END = LocalDate.of(1998, 6, 30);

  private ClvData() {}

  /** BTYD's CDNOW summary in weeks at full precision (2,357 customers), with the mean repeat spend m.x. */
  public static CustomerSummaries cdnowSummary() {
    CustomerSummaries.Builder builder = CustomerSummaries.builder(ModelTimeUnit.WEEK);
    for (String[] f : rows("cdnowSummary_cbs_BTYD.csv")) {
      builder.add(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          Double.parseDouble(f[5]));
    }
    return builder.build();
  }

  /** BTYD's x.star: each CDNOW customer's repeat purchases in the 39-week holdout, in summary order. */
  public static int[] cdnowHoldoutPurchases() {
    return rows("cdnowSummary_cbs_BTYD.csv").stream().mapToInt(f -> Integer.parseInt(f[4])).toArray();
  }

  /** BTYD's cumulative repeat transactions of CDNOW, weeks 1..78. */
  public static long[] cdnowCumulativeTracking() {
    return rows("cdnowSummary_cu_tracking_BTYD.csv").stream().mapToLong(f -> Long.parseLong(f[1])).toArray();
  }

  /** lifetimes' CDNOW summary in weeks, rounded to 2 decimals, with the mean repeat spend zbar. */
  public static CustomerSummaries cdnowSummaryRounded() {
    CustomerSummaries.Builder builder = CustomerSummaries.builder(ModelTimeUnit.WEEK);
    for (String[] f : rows("cdnow_customers_summary_with_transactions.csv")) {
      builder.add(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          Double.parseDouble(f[4]));
    }
    return builder.build();
  }

  /** The CDNOW sample's transactions (6,919 rows): customer_id, date, dollar_value. */
  public static Transactions cdnowTransactions() {
    Transactions.Builder builder = Transactions.builder();
    for (String[] f : rows("CDNOW_sample.csv")) {
      builder.add(f[1], LocalDate.parse(f[2]), Double.parseDouble(f[4]));
    }
    return builder.build();
  }

  /** The donations data as rows of {frequency, recency, periods, donors}. */
  public static List<int[]> donations() {
    return rows("donations_rf_weights.csv").stream().map(f -> Arrays.stream(f).mapToInt(Integer::parseInt).toArray())
        .toList();
  }

  /** Fader and Hardie's (2007) survival table: per year 0..7, {regular percent, high-end percent}. */
  public static List<double[]> retentionSurvival() {
    return rows("sbg_fader_hardie_2007_survival.csv").stream()
        .map(f -> new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])}).toList();
  }

  private static List<String[]> rows(String file) {
    try (InputStream in = ClvData.class.getResourceAsStream("/clv/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /clv/" + file);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().skip(1).filter(line -> !line.isBlank())
          .map(line -> line.replace("\"", "").split(",")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
