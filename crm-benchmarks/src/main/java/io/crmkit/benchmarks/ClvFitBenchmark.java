package io.crmkit.benchmarks;

import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.PurchaseData;
import io.crmkit.analytics.clv.PurchaseGroups;
import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.simulation.ClvSimulation;
import io.crmkit.analytics.clv.summary.PurchaseDays;
import io.crmkit.analytics.transaction.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fitting the BG/NBD model by maximum likelihood: on CDNOW (2,357 customers, milliseconds per fit;
 * the target is under 100 ms warm) and on a million generated customers (seconds per fit), each on
 * one row per customer and on customers grouped by identical history, side by side with a plain
 * Nelder-Mead fit as lifetimes does it ({@link BgNbdFitByHand}).
 *
 * <p>Run it from the repository root (a few minutes; the machine should be otherwise idle):
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl crm-benchmarks -am
 * java -jar crm-benchmarks/target/benchmarks.jar ClvFitBenchmark -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p><b>The data.</b> CDNOW: the summary made from {@code clv/CDNOW_sample.csv} (a resource of this
 * module) by {@link PurchaseDays} at the calibration end 1997-09-30, in weeks: 2,357 customers in
 * 1,016 groups. A million: customers drawn from BG/NBD at CDNOW's estimates (r = 0.243, alpha = 4.41,
 * a = 0.793, b = 2.43; seed {@value #SEED}), ages whole days from 26 to 39 weeks, recency rounded down
 * to whole days as a summary from transactions would be.
 *
 * <p><b>One invocation</b> is one fit from the summaries to the model with standard errors
 * ({@code BgNbdModel.fit}): Nelder-Mead over the log-parameters, then Newton's method with a
 * numerical Hessian. The peer runs Nelder-Mead alone to a 1e-10 change in log-likelihood and
 * computes no standard errors; on the million it is given the groups. {@link #millionGrouping} times
 * the grouping of the million rows.
 *
 * <p><b>Figures</b> of one run (2026-11-22, 2 shared cores under a load average of 8, so noisy; the
 * command above): CDNOW 30.9 ms per fit on rows (19 to 47), 19.2 ms on groups, the peer 662 ms; a
 * million customers 11.2 s on rows, 2.2 s on their 110,926 groups plus 0.4 s to group them, the peer
 * 25.7 s on the groups.
 *
 * <p><b>The check.</b> At the start of each trial both sides fit once, outside the measured time,
 * and the benchmark fails unless crmkit converged and every parameter of the peer is within a
 * relative {@value #TOLERANCE} of crmkit's (the peer stops earlier on the flat top of the
 * likelihood), and unless the fits on rows and on groups agree to a relative 1e-6.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ClvFitBenchmark {
  /** The seed of the generated customers. */
  public static final long SEED = 20_05L;

  /** The relative difference allowed between crmkit's and the peer's parameters. */
  public static final double TOLERANCE = 1e-3;

  /** CDNOW's summaries, per customer and grouped. */
  @State(Scope.Benchmark)
  public static class Cdnow {
    CustomerSummaries customers;
    PurchaseGroups groups;

    /** Reads the transactions, summarises them and checks that both sides and both forms agree. */
    @Setup(Level.Trial)
    public void summariseAndCheck() {
      customers = PurchaseDays.of(cdnowTransactions()).summaries(LocalDate.of(1997, 9, 30), ModelTimeUnit.WEEK);
      groups = customers.groups();
      check(customers, groups);
    }
  }

  /** A million generated customers, per customer and grouped. */
  @State(Scope.Benchmark)
  public static class Million {
    /** The number of customers. */
    @Param("1000000")
    public int customers;

    CustomerSummaries rows;
    PurchaseGroups groups;

    /** Draws the customers and checks that both sides and both forms agree. */
    @Setup(Level.Trial)
    public void drawAndCheck() {
      rows = generated(customers);
      groups = rows.groups();
      check(rows, groups);
    }
  }

  /** crmkit on CDNOW, one row per customer. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 3)
  @Measurement(iterations = 3, time = 3)
  public BgNbdModel cdnowCustomers(Cdnow cdnow) {
    return BgNbdModel.fit(cdnow.customers).orElseThrow();
  }

  /** crmkit on CDNOW, grouped. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 3)
  @Measurement(iterations = 3, time = 3)
  public BgNbdModel cdnowGroups(Cdnow cdnow) {
    return BgNbdModel.fit(cdnow.groups).orElseThrow();
  }

  /** The peer on CDNOW, one row per customer. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 3)
  @Measurement(iterations = 3, time = 3)
  public BgNbdFitByHand.Fit cdnowNelderMeadByHand(Cdnow cdnow) {
    return BgNbdFitByHand.fit(cdnow.customers);
  }

  /** crmkit on a million customers, one row each. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public BgNbdModel millionCustomers(Million million) {
    return BgNbdModel.fit(million.rows).orElseThrow();
  }

  /** crmkit on a million customers, grouped (the grouping not timed). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public BgNbdModel millionGroups(Million million) {
    return BgNbdModel.fit(million.groups).orElseThrow();
  }

  /** Grouping a million customers by identical history. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public PurchaseGroups millionGrouping(Million million) {
    return million.rows.groups();
  }

  /**
   * The peer on a million customers, grouped (on one row each it takes minutes: four log-gamma calls
   * per row and evaluation).
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public BgNbdFitByHand.Fit millionGroupsNelderMeadByHand(Million million) {
    return BgNbdFitByHand.fit(million.groups);
  }

  /**
   * Fails unless crmkit converges alike on rows and groups and the peer (given the groups, as lifetimes
   * would be given weights) reaches its parameters.
   */
  static void check(PurchaseData rows, PurchaseData groups) {
    BgNbdModel onRows = BgNbdModel.fit(rows).orElseThrow();
    BgNbdModel onGroups = BgNbdModel.fit(groups).orElseThrow();
    BgNbdFitByHand.Fit peer = BgNbdFitByHand.fit(groups);
    double[] crmkit = {onRows.r(), onRows.alpha(), onRows.a(), onRows.b()};
    double[] grouped = {onGroups.r(), onGroups.alpha(), onGroups.a(), onGroups.b()};
    double[] byHand = {peer.r(), peer.alpha(), peer.a(), peer.b()};
    String[] names = {"r", "alpha", "a", "b"};
    for (int i = 0; i < 4; i++) {
      if (Math.abs(grouped[i] - crmkit[i]) > 1e-6 * crmkit[i]) {
        throw new IllegalStateException("wrong BG/NBD fit: on groups " + names[i] + " = " + grouped[i]
            + ", on rows " + crmkit[i]);
      }
      if (Math.abs(byHand[i] - crmkit[i]) > TOLERANCE * crmkit[i]) {
        throw new IllegalStateException("wrong BG/NBD fit: the fit by hand gives " + names[i] + " = " + byHand[i]
            + ", crmkit " + crmkit[i]);
      }
    }
  }

  /** Customers drawn from BG/NBD at CDNOW's estimates, ages whole days from 26 to 39 weeks. */
  static CustomerSummaries generated(int customers) {
    SplittableRandom random = new SplittableRandom(SEED);
    double[] ages = new double[customers];
    for (int c = 0; c < customers; c++) {
      ages[c] = (182 + random.nextInt(91)) / 7.0;
    }
    return ClvSimulation.bgNbd(new BgNbdModel(0.243, 4.41, 0.793, 2.43, ModelTimeUnit.WEEK), ages, SEED, true);
  }

  /** The CDNOW sample's transactions (customer_id, date, dollar_value) from this module's resources. */
  static Transactions cdnowTransactions() {
    try (InputStream in = ClvFitBenchmark.class.getResourceAsStream("/clv/CDNOW_sample.csv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /clv/CDNOW_sample.csv");
      }
      Transactions.Builder builder = Transactions.builder();
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(line -> !line.isBlank())
          .forEach(line -> {
            String[] f = line.split(",");
            builder.add(f[1], LocalDate.parse(f[2]), Double.parseDouble(f[4]));
          });
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
