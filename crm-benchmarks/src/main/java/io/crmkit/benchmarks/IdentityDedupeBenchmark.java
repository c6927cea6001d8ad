package io.crmkit.benchmarks;

import io.crmkit.identity.cluster.Clusters;
import io.crmkit.identity.evaluate.Evaluation;
import io.crmkit.identity.evaluate.PairMetrics;
import io.crmkit.identity.evaluate.Truth;
import io.crmkit.identity.match.IdentityMatcher;
import io.crmkit.identity.match.MatchRun;
import io.crmkit.identity.record.IdentityRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deduplicating 1,000,000 contacts with realistic corruption, in seconds per run: crmkit's
 * {@link IdentityMatcher} (blocking, comparisons, a Fellegi-Sunter model trained without labels,
 * clustering) side by side with an exact-key dedupe ({@link ExactKeyDedupe}), the way many CRMs
 * find duplicates. The target is crmkit under a minute on two cores, with pair completeness of at
 * least 0.99, in a heap of 4 GB.
 *
 * <p>Run it from the repository root (ten minutes or so; the machine should be otherwise idle):
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl crm-benchmarks -am
 * java -jar crm-benchmarks/target/benchmarks.jar IdentityDedupeBenchmark -f 1 -wi 1 -i 3
 * </pre>
 *
 * <p>The mode is single shot: each iteration is one whole deduplication, timed alone, and the score
 * is seconds per run ({@code s/op}); lower is better. The fork's heap is fixed at 4 GB
 * ({@code -Xms4g -Xmx4g}). To see the heap after each collection, give the heap again with the log,
 * since {@code -jvmArgsAppend} on the command line replaces the one of the annotation:
 * {@code -jvmArgsAppend "-Xms4g -Xmx4g -Xlog:gc:file=gc.log"}.
 *
 * <p><b>The data.</b> {@link SampleIdentities} makes {@value #CONTACTS} contacts once per trial
 * (seed {@value #SEED}): 700,000 people, 300,000 corrupted copies of them (typos, nicknames, swapped
 * names, missing values, new e-mail addresses and addresses, phone numbers and dates written in
 * other formats), 364,031 true duplicate pairs.
 *
 * <p><b>One invocation</b> deduplicates every contact:
 *
 * <ul>
 *   <li>{@link #crmkit}: {@code IdentityMatcher.of(IdentityMatching.settings()).deduplicate(records)}:
 *       every field normalised (phone numbers parsed in the contact's country by libphonenumber,
 *       dates read in four formats, names folded), seven blocking rules applied, 956,984
 *       candidate pairs compared on eight fields, u from 200,000 random pairs, m by expectation
 *       maximisation in one session per rule, every pair scored with term-frequency adjustments,
 *       and the matches clustered under a cap of 50.
 *   <li>{@link #exactKeys}, the peer: {@link ExactKeyDedupe#clusters}: records joined when they
 *       share an e-mail address, a phone number's digits, or name and date of birth as written.
 * </ul>
 *
 * <p><b>The check.</b> At the start of the trial both sides run once, outside the measured time;
 * the benchmark fails unless crmkit's pair completeness is at least 0.99, and prints both sides'
 * pair precision, recall and F1 against the known truth, so that speed is read beside what it
 * buys. After each iteration, the clusters it made are compared with those of the trial's start,
 * and any difference fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class IdentityDedupeBenchmark {
  /** The contacts deduplicated. */
  public static final int CONTACTS = 1_000_000;

  /** The seed of the sample contacts. */
  public static final long SEED = 20_261_122L;

  /** The least pair completeness crmkit's blocking must reach. */
  public static final double MIN_PAIR_COMPLETENESS = 0.99;

  /** The contacts deduplicated; {@value #CONTACTS} in the benchmark, fewer in its unit test. */
  int contacts = CONTACTS;

  private List<IdentityRecord> records = List.of();
  private @Nullable Truth truth;
  private final IdentityMatcher matcher = IdentityMatcher.of(IdentityMatching.settings());
  private @Nullable Clusters expectedClusters;
  private int[] expectedKeys = new int[0];
  private @Nullable Clusters lastClusters;
  private int @Nullable [] lastKeys;
  private @Nullable Evaluation crmkitQuality;
  private @Nullable PairMetrics exactKeyQuality;

  /**
   * Makes the contacts and deduplicates them once on both sides, outside the measured time.
   *
   * @throws IllegalStateException when crmkit's pair completeness is below
   *     {@value #MIN_PAIR_COMPLETENESS}, which fails the benchmark
   */
  @Setup(Level.Trial)
  public void makeContactsAndRunBoth() {
    SampleIdentities.Sample sample = SampleIdentities.make(SEED, contacts);
    records = sample.records();
    truth = Truth.of(sample.personOf());
    MatchRun run = matcher.deduplicate(records);
    Evaluation quality = Evaluation.of(run, required(truth));
    if (quality.blocking().pairCompleteness() < MIN_PAIR_COMPLETENESS) {
      throw new IllegalStateException("crmkit's pair completeness " + quality.blocking().pairCompleteness()
          + " is below " + MIN_PAIR_COMPLETENESS + ": " + quality.describe());
    }
    crmkitQuality = quality;
    expectedClusters = run.clusters();
    expectedKeys = ExactKeyDedupe.clusters(records);
    exactKeyQuality = quality(expectedKeys, records, required(truth));
    System.out.printf(Locale.ROOT, "%n%,d contacts, %,d true duplicate pairs%ncrmkit:     %s%n            %s%n"
        + "exact keys: %s%n", records.size(), quality.clusters().truePairs(), quality.clusters().describe(),
        quality.blocking().describe(), exactKeyQuality.describe());
    lastClusters = null;
    lastKeys = null;
  }

  /** crmkit: the whole deduplication, from records to clusters. */
  @Benchmark
  public Clusters crmkit() {
    Clusters clusters = matcher.deduplicate(records).clusters();
    lastClusters = clusters;
    lastKeys = null;
    return clusters;
  }

  /** The peer: clusters of records that share an exact key. */
  @Benchmark
  public int[] exactKeys() {
    int[] clusters = ExactKeyDedupe.clusters(records);
    lastKeys = clusters;
    lastClusters = null;
    return clusters;
  }

  /**
   * Compares the iteration's clusters with those of the trial's start, outside the measured time.
   *
   * @throws IllegalStateException when they differ, which fails the benchmark
   */
  @TearDown(Level.Iteration)
  public void checkClusters() {
    Clusters clusters = lastClusters;
    if (clusters != null && !clusters.equals(expectedClusters)) {
      throw new IllegalStateException("crmkit's clusters differ from those of the trial's start");
    }
    int[] keys = lastKeys;
    if (keys != null && !Arrays.equals(keys, expectedKeys)) {
      throw new IllegalStateException("the exact-key clusters differ from those of the trial's start");
    }
  }

  /** crmkit's figures against the truth at the trial's start, for the unit test. */
  Evaluation crmkitQuality() {
    return required(crmkitQuality);
  }

  /** The peer's figures against the truth at the trial's start, for the unit test. */
  PairMetrics exactKeyQuality() {
    return required(exactKeyQuality);
  }

  /** Spoils the last clusters, for the unit test of the check. */
  void spoilLastClusters() {
    lastClusters = null;
    int[] spoiled = expectedKeys.clone();
    spoiled[0] = spoiled.length - 1;
    lastKeys = spoiled;
  }

  /** Pair precision, recall and F1 of clusters given as a cluster number per record. */
  static PairMetrics quality(int[] clusterOf, List<IdentityRecord> records, Truth truth) {
    Map<Integer, Map<String, Integer>> people = new HashMap<>();
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < clusterOf.length; i++) {
      sizes.merge(clusterOf[i], 1, Integer::sum);
      String person = truth.entityOf(records.get(i).id()).orElse("record " + i);
      people.computeIfAbsent(clusterOf[i], c -> new HashMap<>()).merge(person, 1, Integer::sum);
    }
    long predicted = sizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    long correct = people.values().stream().flatMap(m -> m.values().stream()).mapToLong(n -> (long) n * (n - 1) / 2)
        .sum();
    long truePairs = truth.pairsWithin(records.stream().map(IdentityRecord::id).toList());
    return new PairMetrics(truePairs, predicted, correct);
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the benchmark's set-up has not run");
    }
    return value;
  }
}
