package io.crmkit.benchmarks;

import io.crmkit.analytics.cohort.CohortAnalysis;
import io.crmkit.analytics.cohort.CohortPeriod;
import io.crmkit.analytics.cohort.CohortTable;
import io.crmkit.analytics.rfm.RfmAnalysis;
import io.crmkit.analytics.rfm.RfmBinning;
import io.crmkit.analytics.rfm.RfmResult;
import io.crmkit.analytics.transaction.Transactions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
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
 * RFM scores and the monthly cohort retention matrix of 10,000,000 purchases by 1,000,000
 * customers, in milliseconds per run: crmkit ({@link RfmAnalysis}, {@link CohortAnalysis}) side by
 * side with DuckDB ({@link DuckDbRfmCohorts}) on the same rows, already loaded. The target is crmkit
 * as fast as DuckDB or faster, on a heap of at most 2 GB.
 *
 * <p>Run it from the repository root (a few minutes; the machine should be otherwise idle):
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl crm-benchmarks -am
 * java -jar crm-benchmarks/target/benchmarks.jar RfmCohortBenchmark -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p>The fork runs with {@code -Xmx2g}: the benchmark, its data and DuckDB's JDBC results fit in a
 * 2 GB heap (DuckDB keeps its own tables outside the Java heap). Add {@code -prof gc} for the
 * allocation per run; the set-up prints the heap in use after a full collection.
 *
 * <p><b>The data.</b> {@link SampleTransactions} makes {@value #ROWS} rows of {@value #CUSTOMERS}
 * customers over 2023-2025 once per trial (seed {@value #SEED}), as a {@link Transactions} table for
 * crmkit and appended to an in-memory DuckDB table for the peer, both outside the measured time.
 *
 * <p><b>One invocation</b> computes one of the two results, from the rows:
 *
 * <ul>
 *   <li>{@link #crmkitRfm}: {@code RfmAnalysis.asOf(2026-01-01)} with the R package {@code rfm}'s
 *       binning in 5 bins and its segment table, run in parallel: the rows split into one chunk per
 *       core (2 here), each folded into an {@code RfmAccumulator} on the common fork-join pool and
 *       the calling thread, the two combined, then type-7 quantiles, scores and segments for every
 *       customer. (DuckDB does not assign segments.)
 *   <li>{@link #duckdbRfm}, the peer: the same scores in one SQL query (group by customer, {@code
 *       quantile_cont}, comparisons), fetched into three {@code int} arrays by customer number: what a
 *       Java host holds afterwards.
 *   <li>{@link #duckdbRfmInDatabase}: the same query kept in a DuckDB temporary table, only a
 *       checksum fetched: the engine's time without the transfer to Java.
 *   <li>{@link #crmkitCohorts}: {@code CohortAnalysis.by(MONTH)} without revenue, in parallel as
 *       above: each customer's active months as bits, then the matrix of customers active per cohort
 *       and month since, the retention shares, flattening and rates.
 *   <li>{@link #duckdbCohorts}: the same counts in SQL (the distinct customer-months by {@code
 *       date_trunc('month')}, each customer's first month from those, joined and grouped), fetched
 *       (about 700 cells).
 * </ul>
 *
 * <p><b>The check.</b> At the start of the trial both sides compute both results once, outside the
 * measured time, and the benchmark fails unless every customer's three scores and every cell of the
 * matrix agree. After each invocation its result is compared with those in the same way.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RfmCohortBenchmark {
  /** The purchases. */
  public static final int ROWS = 10_000_000;

  /** The customers. */
  public static final int CUSTOMERS = 1_000_000;

  /** The seed of the sample. */
  public static final long SEED = 20_261_122L;

  /** The bins per dimension. */
  public static final int BINS = 5;

  /** The rows and customers; {@value #ROWS} and {@value #CUSTOMERS} in the benchmark, fewer in its unit test. */
  int rows = ROWS;
  int customers = CUSTOMERS;

  /** Whether the set-up prints the sizes, threads and heap; the unit test keeps it quiet. */
  boolean report = true;

  private @Nullable Transactions transactions;
  private @Nullable DuckDbRfmCohorts duckdb;
  private final RfmAnalysis rfm = RfmAnalysis.asOf(SampleTransactions.AS_OF).withBinning(RfmBinning.rPackage(BINS));
  private final CohortAnalysis cohorts = CohortAnalysis.by(CohortPeriod.MONTH).withRevenue(false);
  private final int chunks = Runtime.getRuntime().availableProcessors();

  private DuckDbRfmCohorts.Scores expectedScores = new DuckDbRfmCohorts.Scores(new int[0], new int[0], new int[0]);
  private Map<Long, Integer> expectedCells = Map.of();
  private long expectedChecksum;

  private @Nullable String ran;
  private @Nullable RfmResult crmkitScores;
  private DuckDbRfmCohorts.@Nullable Scores duckdbScores;
  private long duckdbChecksum;
  private @Nullable CohortTable crmkitMatrix;
  private @Nullable Map<Long, Integer> duckdbCells;

  /**
   * Makes the rows, loads them into DuckDB, and computes both results on both sides once, outside
   * the measured time.
   *
   * @throws IllegalStateException when the two sides differ on a customer's scores or a cell, which
   *     fails the benchmark
   */
  @Setup(Level.Trial)
  public void makeRowsAndCompareBoth() throws SQLException {
    Transactions table = SampleTransactions.make(SEED, rows, customers);
    transactions = table;
    duckdb = DuckDbRfmCohorts.load(table);

    DuckDbRfmCohorts.Scores peer = required(duckdb).rfm(SampleTransactions.AS_OF, BINS, customers);
    expectedScores = scoresOf(rfm.run(table));
    expect("DuckDB", expectedScores, peer);
    expectedChecksum = checksum(expectedScores);
    Map<Long, Integer> peerCells = required(duckdb).cohorts();
    expectedCells = cellsOf(cohorts.run(table));
    expect("DuckDB", expectedCells, peerCells);

    if (report) {
      report(table);
    }
    ran = null;
  }

  private void report(Transactions table) throws SQLException {
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    System.out.printf("%nRfmCohortBenchmark: %,d rows, %,d customers; DuckDB threads %d, crmkit chunks %d;"
            + " heap in use after set-up and a full collection %,d MB of max %,d MB%n",
        table.size(), table.customerCount(), required(duckdb).threads(), chunks, heap.getUsed() >> 20,
        heap.getMax() >> 20);
  }

  /** Closes DuckDB. */
  @TearDown(Level.Trial)
  public void closeDuckDb() throws SQLException {
    if (duckdb != null) {
      duckdb.close();
    }
  }

  /** crmkit: RFM scores and segments of every customer, rows folded in parallel. */
  @Benchmark
  public RfmResult crmkitRfm() {
    ran = "crmkitRfm";
    crmkitScores = rfm.runInParallel(required(transactions), ForkJoinPool.commonPool(), chunks);
    return crmkitScores;
  }

  /** DuckDB: the same scores, fetched into arrays by customer number. */
  @Benchmark
  public DuckDbRfmCohorts.Scores duckdbRfm() throws SQLException {
    ran = "duckdbRfm";
    duckdbScores = required(duckdb).rfm(SampleTransactions.AS_OF, BINS, customers);
    return duckdbScores;
  }

  /** DuckDB: the same scores kept in a temporary table; only a checksum fetched. */
  @Benchmark
  public long duckdbRfmInDatabase() throws SQLException {
    ran = "duckdbRfmInDatabase";
    duckdbChecksum = required(duckdb).rfmInDatabase(SampleTransactions.AS_OF, BINS);
    return duckdbChecksum;
  }

  /** crmkit: the monthly cohort matrix, rows folded in parallel. */
  @Benchmark
  public CohortTable crmkitCohorts() {
    ran = "crmkitCohorts";
    crmkitMatrix = cohorts.runInParallel(required(transactions), ForkJoinPool.commonPool(), chunks);
    return crmkitMatrix;
  }

  /** DuckDB: the same cells, fetched. */
  @Benchmark
  public Map<Long, Integer> duckdbCohorts() throws SQLException {
    ran = "duckdbCohorts";
    duckdbCells = required(duckdb).cohorts();
    return duckdbCells;
  }

  /**
   * Compares the invocation's result with the one both sides agreed on, outside the measured time.
   *
   * @throws IllegalStateException naming the first difference, which fails the benchmark
   */
  @TearDown(Level.Invocation)
  public void checkResult() {
    String side = ran;
    if (side == null) {
      return;
    }
    switch (side) {
      case "crmkitRfm" -> expect(side, expectedScores, scoresOf(required(crmkitScores)));
      case "duckdbRfm" -> expect(side, expectedScores, required(duckdbScores));
      case "duckdbRfmInDatabase" -> {
        if (duckdbChecksum != expectedChecksum) {
          throw new IllegalStateException("wrong RFM scores: " + side + " gave checksum " + duckdbChecksum
              + ", expected " + expectedChecksum);
        }
      }
      case "crmkitCohorts" -> expect(side, expectedCells, cellsOf(required(crmkitMatrix)));
      case "duckdbCohorts" -> expect(side, expectedCells, required(duckdbCells));
      default -> throw new IllegalStateException("unknown benchmark " + side);
    }
  }

  /** The scores both sides agreed on at the trial's start, for the unit test. */
  DuckDbRfmCohorts.Scores expectedScores() {
    return expectedScores;
  }

  /** The cells both sides agreed on at the trial's start, for the unit test. */
  Map<Long, Integer> expectedCells() {
    return expectedCells;
  }

  /** Makes the last run DuckDB's with one customer's recency score spoilt, for the unit test of the check. */
  void spoilDuckdbScoreOf(int customer) {
    int[] r = expectedScores.recency().clone();
    r[customer] = r[customer] % BINS + 1;
    duckdbScores = new DuckDbRfmCohorts.Scores(r, expectedScores.frequency(), expectedScores.monetary());
    ran = "duckdbRfm";
  }

  /** Makes the last run DuckDB's cohorts with one cell spoilt, for the unit test of the check. */
  void spoilDuckdbCell() {
    Map<Long, Integer> cells = new HashMap<>(expectedCells);
    Long first = cells.keySet().iterator().next();
    cells.put(first, cells.get(first) + 1);
    duckdbCells = cells;
    ran = "duckdbCohorts";
  }

  /** The scores of a crmkit result by customer number (0 for a customer without purchases). */
  static DuckDbRfmCohorts.Scores scoresOf(RfmResult result) {
    int size = 0;
    for (int i = 0; i < result.size(); i++) {
      size = Math.max(size, result.customerIndex(i) + 1);
    }
    int[] r = new int[size];
    int[] f = new int[size];
    int[] m = new int[size];
    for (int i = 0; i < result.size(); i++) {
      int customer = result.customerIndex(i);
      r[customer] = result.recencyScore(i);
      f[customer] = result.frequencyScore(i);
      m[customer] = result.monetaryScore(i);
    }
    return new DuckDbRfmCohorts.Scores(r, f, m);
  }

  /** The non-empty cells of a crmkit matrix, keyed as {@link DuckDbRfmCohorts#cohorts()} keys them. */
  static Map<Long, Integer> cellsOf(CohortTable table) {
    Map<Long, Integer> cells = new HashMap<>();
    for (int c = 0; c < table.cohortCount(); c++) {
      for (int k = 0; k < table.observedPeriods(c); k++) {
        if (table.activeCustomers(c, k) > 0) {
          cells.put(table.cohortPeriod(c) * 10_000L + k, table.activeCustomers(c, k));
        }
      }
    }
    return cells;
  }

  private static long checksum(DuckDbRfmCohorts.Scores scores) {
    long sum = 0;
    for (int c = 0; c < scores.recency().length; c++) {
      if (scores.recency()[c] > 0) {
        sum += (c + 1L) * (100L * scores.recency()[c] + 10L * scores.frequency()[c] + scores.monetary()[c]);
      }
    }
    return sum;
  }

  private static void expect(String side, DuckDbRfmCohorts.Scores expected, DuckDbRfmCohorts.Scores actual) {
    int customers = Math.max(expected.recency().length, actual.recency().length);
    for (int c = 0; c < customers; c++) {
      if (!sameScores(expected, actual, c)) {
        throw new IllegalStateException("wrong RFM scores: " + side + " gave customer " + c + " " + score(actual, c)
            + ", expected " + score(expected, c));
      }
    }
  }

  private static boolean sameScores(DuckDbRfmCohorts.Scores expected, DuckDbRfmCohorts.Scores actual, int c) {
    if (c >= expected.recency().length || c >= actual.recency().length) {
      return false;
    }
    return expected.recency()[c] == actual.recency()[c] && expected.frequency()[c] == actual.frequency()[c]
        && expected.monetary()[c] == actual.monetary()[c];
  }

  private static String score(DuckDbRfmCohorts.Scores scores, int customer) {
    if (customer >= scores.recency().length) {
      return "none";
    }
    return scores.recency()[customer] + "-" + scores.frequency()[customer] + "-" + scores.monetary()[customer];
  }

  private static void expect(String side, Map<Long, Integer> expected, Map<Long, Integer> actual) {
    if (!expected.equals(actual)) {
      for (Map.Entry<Long, Integer> cell : expected.entrySet()) {
        if (!cell.getValue().equals(actual.get(cell.getKey()))) {
          throw new IllegalStateException("wrong cohort matrix: " + side + " gave cohort month "
              + cell.getKey() / 10_000 + ", k " + cell.getKey() % 10_000 + " " + actual.get(cell.getKey())
              + " customers, expected " + cell.getValue());
        }
      }
      throw new IllegalStateException("wrong cohort matrix: " + side + " has " + actual.size() + " cells, expected "
          + expected.size());
    }
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the benchmark's set-up has not run");
    }
    return value;
  }
}
