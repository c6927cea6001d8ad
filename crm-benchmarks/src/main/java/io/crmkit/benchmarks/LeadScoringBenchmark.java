package io.crmkit.benchmarks;

import io.crmkit.scoring.rules.Scorer;
import io.crmkit.scoring.rules.ScoringModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring 1,000,000 leads with a 30-rule model with decay, in leads per second: crmkit's rule
 * engine ({@link Scorer}) side by side with a hand-written loop computing the same points
 * ({@link ScoringByHand}). The target is the engine within 1.5x of the loop.
 *
 * <p>Run it from the repository root (a few minutes; the machine should be otherwise idle):
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl crm-benchmarks -am
 * java -jar crm-benchmarks/target/benchmarks.jar LeadScoringBenchmark -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p>The scores are leads scored per second ({@code ops/s}, one operation being one lead,
 * {@link OperationsPerInvocation}); higher is better.
 *
 * <p><b>The model</b> is {@link InboundScoringModel}: 13 fit rules over job title, industry,
 * company size, country, e-mail domain and lead source (equals, in, range, matches, present; negative
 * points for free mail, university addresses and students), 17 engagement rules over page views,
 * e-mail opens and clicks, forms, downloads, webinars and demo requests (counts, recency, points per
 * event with a limit), their points halving with age (half-lives of 30 and 60 days), five groups with
 * caps, a ceiling of 100 and a routing rule.
 *
 * <p><b>The data.</b> {@link SampleProspects} makes {@value #LEADS} leads once per trial (seed
 * {@value #SEED}) with 9,807,118 behaviour events between them (from none to 40 a lead), scored as
 * of {@link SampleProspects#AS_OF}. They score 27.2 points on average; 56,103 (5.6%) are routed to
 * MQL, 4,309 reach the ceiling and 101,360 are held at 0 by negative points.
 *
 * <p><b>One invocation</b> scores every lead, one after the other, and keeps each lead's points in
 * an array:
 *
 * <ul>
 *   <li>{@link #crmkit}: the model compiled once for the {@link Prospect} schema
 *       ({@code ScoringModel.compile}), then {@code scorer.score(lead, asOf)}, the engine's hot
 *       path: every rule walked over the compiled arrays, each behaviour rule counting the lead's
 *       events, groups capped, the total held to its bounds, and the {@code Score} built with the fit
 *       grade, engagement level, grade and routing.
 *   <li>{@link #handWritten}, the peer: {@link ScoringByHand#score}: the same rules as {@code if}s
 *       and one pass over the events, computing the total points only.
 * </ul>
 *
 * <p><b>The check.</b> At the start of the trial both sides score every lead once, outside the
 * measured time, and the benchmark fails unless they agree on every lead's total within
 * {@value #TOLERANCE} points. After each invocation, its totals are compared with those in the same
 * way, and any difference fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LeadScoringBenchmark {
  /** The leads scored by one invocation. */
  public static final int LEADS = 1_000_000;

  /** The seed of the sample leads. */
  public static final long SEED = 20_260_601L;

  /** How far apart two totals may be and still agree, in points. */
  public static final double TOLERANCE = 1e-9;

  /** The leads scored; {@value #LEADS} in the benchmark, fewer in its unit test. */
  int leads = LEADS;

  private Prospect[] prospects = new Prospect[0];
  private @Nullable Scorer<Prospect> scorer;
  private final ScoringByHand byHand = new ScoringByHand();
  private final Instant asOf = SampleProspects.AS_OF;
  private final long asOfMillis = SampleProspects.AS_OF.toEpochMilli();
  private double[] points = new double[0];
  private double[] expected = new double[0];
  private @Nullable String ran;

  /**
   * Makes the leads and the engine's scorer, and scores every lead once on both sides, outside the
   * measured time.
   *
   * @throws IllegalStateException when the two sides differ on a lead's total, which fails the
   *     benchmark
   */
  @Setup(Level.Trial)
  public void makeLeadsAndScoreBoth() {
    prospects = SampleProspects.make(SEED, leads);
    ScoringModel model = InboundScoringModel.model();
    scorer = model.compile(InboundScoringModel.schema());
    points = new double[prospects.length];
    handWritten();
    double[] ofHand = points.clone();
    crmkit();
    expected = points.clone();
    expect("the hand-written loop", expected, ofHand);
    ran = null;
  }

  /** crmkit: the compiled model's {@code score(lead, asOf)} for every lead. */
  @Benchmark
  @OperationsPerInvocation(LEADS)
  public double crmkit() {
    ran = "crmkit";
    Scorer<Prospect> engine = required(scorer);
    Prospect[] all = prospects;
    double[] out = points;
    double sum = 0;
    for (int i = 0; i < all.length; i++) {
      double total = engine.score(all[i], asOf).points();
      out[i] = total;
      sum += total;
    }
    return sum;
  }

  /** The peer: the hand-written loop for every lead. */
  @Benchmark
  @OperationsPerInvocation(LEADS)
  public double handWritten() {
    ran = "the hand-written loop";
    ScoringByHand loop = byHand;
    Prospect[] all = prospects;
    double[] out = points;
    long now = asOfMillis;
    double sum = 0;
    for (int i = 0; i < all.length; i++) {
      double total = loop.score(all[i], now);
      out[i] = total;
      sum += total;
    }
    return sum;
  }

  /**
   * Compares the invocation's totals with those of the trial's start, outside the measured time.
   *
   * @throws IllegalStateException naming the first lead whose total differs, which fails the
   *     benchmark
   */
  @TearDown(Level.Invocation)
  public void checkPoints() {
    String side = ran;
    if (side != null) {
      expect(side, expected, points);
    }
  }

  /** Every lead's total as the engine scored it at the trial's start, for the unit test; a copy. */
  double[] expected() {
    return expected.clone();
  }

  /** The leads, for the unit test. */
  Prospect[] prospects() {
    return prospects;
  }

  /** The engine, for the unit test. */
  Scorer<Prospect> scorer() {
    return required(scorer);
  }

  /** Spoils one lead's total of the last invocation, for the unit test of the check. */
  void spoilTotalOf(int lead) {
    points[lead] += 10 * TOLERANCE;
  }

  private static void expect(String side, double[] expected, double[] actual) {
    if (expected.length != actual.length) {
      throw new IllegalStateException(
          "wrong lead scores: " + side + " scored " + actual.length + " leads, expected " + expected.length);
    }
    for (int i = 0; i < expected.length; i++) {
      if (!(Math.abs(expected[i] - actual[i]) <= TOLERANCE)) {
        throw new IllegalStateException("wrong lead scores: " + side + " gave lead " + i + " " + actual[i]
            + " points, expected " + expected[i]);
      }
    }
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the benchmark's set-up has not run");
    }
    return value;
  }
}
