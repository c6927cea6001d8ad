package io.crmkit.benchmarks;

import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.predictive.logistic.CategoricalTerm;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionModel;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionTrainer;
import io.crmkit.scoring.predictive.logistic.NumericTerm;
import java.util.HashMap;
import java.util.List;
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
 * Training a logistic regression on 100,000 closed leads x 50 features, in seconds per fit: crmkit's
 * {@link LogisticRegressionTrainer} side by side with the same L2-penalised fit written directly on
 * a {@code double[][]} ({@link LogisticFitByHand}).
 *
 * <p>Run it from the repository root (a few minutes; the machine should be otherwise idle):
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl crm-benchmarks -am
 * java -jar crm-benchmarks/target/benchmarks.jar LogisticTrainingBenchmark -f 1 -wi 2 -i 5
 * </pre>
 *
 * <p>The mode is single shot: each iteration is one whole fit, timed alone, and the score is
 * seconds per fit ({@code s/op}); lower is better. Two warm-up fits, because the first fit of a
 * fork also compiles the code.
 *
 * <p><b>The data.</b> {@link SampleTrainingLeads} makes the dataset once per trial (seed
 * {@value #SEED}): {@value #LEADS} closed leads, each with {@value SampleTrainingLeads#NUMERIC_FEATURES}
 * numbers (employees, page views, e-mail clicks, days since the last activity...) and
 * {@value SampleTrainingLeads#CATEGORICAL_FEATURES} categories (industry, country, lead source,
 * seniority...), a share of them missing, 25,500 of them won, drawn from a known logistic model.
 * Encoded, a lead is a row of 118 values: 1 for the intercept, 40 standardised numbers, 57
 * categories one hot and 20 columns for a missing value (those of 13 numbers and 7 categories).
 *
 * <p><b>One invocation</b> is one fit from the dataset to the weights, with the same penalty
 * ({@value LogisticRegressionTrainer#DEFAULT_L2_PENALTY}), tolerance and limit on steps
 * ({@link LogisticRegressionTrainer#defaults()}):
 *
 * <ul>
 *   <li>{@link #crmkit}: {@code LogisticRegressionTrainer.defaults().train(dataset)}: the columns
 *       read, the design matrix built in one flat {@code double} array, Newton's method with step
 *       halving, the Hessian summed over the non-zero values of each row, then the model built with
 *       a term per feature and the fit's report.
 *   <li>{@link #newtonByHand}, the peer: the same encoding into a {@code double[][]} and plain
 *       Newton, the Hessian summed over every value of every row, each step solved by commons-math3's
 *       Cholesky decomposition.
 * </ul>
 *
 * <p>Both converge in 6 Newton steps on the benchmark's leads. crmkit too solves each step with
 * commons-math3's Cholesky decomposition, so the two differ in how they lay out the design matrix,
 * sum the Hessian and guard a step, not in the method.
 *
 * <p><b>The check.</b> At the start of the trial both sides fit once, outside the measured time, and
 * the benchmark fails unless both converged and every weight of one is within {@value #TOLERANCE}
 * of the other's (per standard deviation for a number). After each iteration the fit it made is
 * compared with those weights in the same way, and any difference fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class LogisticTrainingBenchmark {
  /** The closed leads trained on. */
  public static final int LEADS = 100_000;

  /** The seed of the sample leads. */
  public static final long SEED = 20_260_505L;

  /** How far apart two weights may be and still agree. */
  public static final double TOLERANCE = 1e-6;

  /** The leads trained on; {@value #LEADS} in the benchmark, fewer in its unit test. */
  int leads = LEADS;

  private final LogisticRegressionTrainer trainer = LogisticRegressionTrainer.defaults();
  private @Nullable Dataset dataset;
  private @Nullable Weights expected;
  private @Nullable LogisticRegressionModel lastModel;
  private LogisticFitByHand.@Nullable Fit lastByHand;

  /**
   * Makes the leads and fits them once on both sides, outside the measured time.
   *
   * @throws IllegalStateException when a fit does not converge or the two disagree on a weight,
   *     which fails the benchmark
   */
  @Setup(Level.Trial)
  public void makeLeadsAndFitBoth() {
    dataset = SampleTrainingLeads.make(SEED, leads);
    Weights byHand = Weights.of(newtonByHand());
    Weights ofCrmkit = Weights.of(crmkit(), byHand.columns());
    expect("crmkit", byHand, ofCrmkit);
    expected = ofCrmkit;
    lastModel = null;
    lastByHand = null;
  }

  /** crmkit: the logistic regression trainer with its default settings, on the dataset. */
  @Benchmark
  public LogisticRegressionModel crmkit() {
    LogisticRegressionModel model = trainer.train(required(dataset));
    lastModel = model;
    lastByHand = null;
    return model;
  }

  /** The peer: the same fit written directly, on a {@code double[][]} design matrix. */
  @Benchmark
  public LogisticFitByHand.Fit newtonByHand() {
    LogisticFitByHand.Fit fit = LogisticFitByHand.fit(
        required(dataset), trainer.l2Penalty(), trainer.maxIterations(), trainer.tolerance());
    lastByHand = fit;
    lastModel = null;
    return fit;
  }

  /**
   * Compares the last fit with the weights of the trial's start, outside the measured time.
   *
   * @throws IllegalStateException naming the first weight that differs, which fails the benchmark
   */
  @TearDown(Level.Iteration)
  public void checkFit() {
    Weights reference = required(expected);
    LogisticRegressionModel model = lastModel;
    LogisticFitByHand.Fit byHand = lastByHand;
    if (model != null) {
      expect("crmkit", reference, Weights.of(model, reference.columns()));
    } else if (byHand != null) {
      expect("the fit by hand", reference, Weights.of(byHand));
    }
  }

  /** Spoils one weight of the last fit by hand, for the unit test of the check. */
  void spoilLastFitByHand(int column) {
    LogisticFitByHand.Fit fit = required(lastByHand);
    double[] weights = fit.weights().clone();
    weights[column] += 10 * TOLERANCE;
    lastByHand = new LogisticFitByHand.Fit(fit.columns(), weights, fit.iterations(), fit.converged());
  }

  /** The weights every fit must reach, for the unit test. */
  Weights expected() {
    return required(expected);
  }

  /** The dataset trained on, for the unit test. */
  Dataset dataset() {
    return required(dataset);
  }

  private static void expect(String side, Weights expected, Weights actual) {
    String difference = expected.differenceFrom(actual);
    if (!difference.isEmpty()) {
      throw new IllegalStateException("wrong logistic fit: " + side + " " + difference);
    }
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the benchmark's set-up has not run");
    }
    return value;
  }

  /**
   * The weights of a fit, by column ({@code (intercept)}, {@code feature}, {@code feature=level},
   * {@code feature (missing)}), and whether it converged.
   *
   * @param columns the names of the weights
   * @param weights the weights, in the order of the columns
   * @param converged whether the fit converged
   */
  record Weights(List<String> columns, double[] weights, boolean converged) {
    Weights {
      columns = List.copyOf(columns);
      weights = weights.clone();
    }

    static Weights of(LogisticFitByHand.Fit fit) {
      return new Weights(fit.columns(), fit.weights(), fit.converged());
    }

    /**
     * The weights of crmkit's model in the given columns.
     *
     * @throws IllegalStateException when the model has a weight the columns do not name, or no
     *     weight for a column
     */
    static Weights of(LogisticRegressionModel model, List<String> columns) {
      Map<String, Double> byColumn = new HashMap<>();
      byColumn.put("(intercept)", model.intercept());
      for (NumericTerm term : model.numericTerms()) {
        if (term.standardDeviation() > 0) {
          byColumn.put(term.feature(), term.weight());
        }
        byColumn.put(term.feature() + " (missing)", term.missingWeight());
      }
      for (CategoricalTerm term : model.categoricalTerms()) {
        term.levelWeights().forEach((level, weight) -> byColumn.put(term.feature() + "=" + level, weight));
        byColumn.put(term.feature() + " (missing)", term.missingWeight());
      }
      double[] weights = new double[columns.size()];
      for (int j = 0; j < weights.length; j++) {
        Double weight = byColumn.remove(columns.get(j));
        if (weight == null) {
          throw new IllegalStateException("wrong logistic fit: crmkit has no weight for " + columns.get(j));
        }
        weights[j] = weight;
      }
      byColumn.forEach((column, weight) -> {
        if (!column.endsWith(" (missing)") || weight != 0.0) {
          throw new IllegalStateException(
              "wrong logistic fit: crmkit weighs " + column + " by " + weight + ", which the fit by hand has no column for");
        }
      });
      return new Weights(columns, weights, model.convergence().converged());
    }

    /** What differs from another fit beyond {@link #TOLERANCE}, for a person; empty when nothing does. */
    String differenceFrom(Weights other) {
      if (!converged || !other.converged) {
        return "did not converge";
      }
      if (!columns.equals(other.columns)) {
        return "has the columns " + other.columns + ", expected " + columns;
      }
      for (int j = 0; j < weights.length; j++) {
        if (!(Math.abs(weights[j] - other.weights[j]) <= TOLERANCE)) {
          return "weighs " + columns.get(j) + " by " + other.weights[j] + ", expected " + weights[j];
        }
      }
      return "";
    }
  }
}
