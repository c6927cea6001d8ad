package io.crmkit.benchmarks;

import io.crmkit.scoring.dataset.CategoricalFeature;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.Feature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;

/**
 * The peer of {@link LogisticTrainingBenchmark}: an L2-penalised logistic regression written
 * directly, as a team would write one without crmkit, on a {@code double[][]} design matrix with
 * commons-math3 for the linear solve. It uses no crmkit class but the dataset it reads.
 *
 * <p>It fits what crmkit's {@code LogisticRegressionTrainer} fits, so that the two can be compared
 * weight by weight: column 0 is the intercept; each numeric feature that varies is standardised
 * with its mean and population standard deviation over the leads that have it (a missing number is
 * 0 there, the mean); each category seen gets a 0/1 column; a feature missing for some leads but
 * not all gets a 0/1 column for "missing". It maximises the log-likelihood minus {@code penalty / 2}
 * times the sum of squared weights, the intercept not penalised.
 *
 * <p>The method is plain Newton (iteratively reweighted least squares) from the intercept of the
 * base rate: each step builds the gradient and the Hessian {@code X'WX + penalty I} over every
 * column of every row (no skipping of zeros) and solves for the step with a Cholesky
 * decomposition; there is no line search. It stops when a step changes no weight by more than the
 * tolerance.
 */
public final class LogisticFitByHand {
  private LogisticFitByHand() {}

  /**
   * The weights fitted.
   *
   * @param columns a name per weight: {@code (intercept)}, {@code feature}, {@code feature=level} or
   *     {@code feature (missing)}
   * @param weights the weights, in the order of the columns, numbers per standard deviation
   * @param iterations the Newton steps taken
   * @param converged whether the last step changed no weight by more than the tolerance
   */
  public record Fit(List<String> columns, double[] weights, int iterations, boolean converged) {
    /** Keeps a copy of the columns. */
    public Fit {
      columns = List.copyOf(columns);
    }
  }

  /**
   * Fits the weights to the leads of a dataset.
   *
   * @param leads the closed leads
   * @param penalty the L2 penalty, 0 or more
   * @param maxIterations the most Newton steps
   * @param tolerance the fit has converged when a step changes no weight by more than this
   * @throws IllegalStateException when the Hessian is not positive definite
   */
  public static Fit fit(Dataset leads, double penalty, int maxIterations, double tolerance) {
    int n = leads.size();
    List<String> columns = new ArrayList<>();
    columns.add("(intercept)");
    List<Feature> features = leads.features();
    int[] valueColumn = new int[features.size()];
    int[][] levelColumn = new int[features.size()][];
    int[] missingColumn = new int[features.size()];
    double[] mean = new double[features.size()];
    double[] deviation = new double[features.size()];
    for (int f = 0; f < features.size(); f++) {
      Feature feature = features.get(f);
      int missing = 0;
      valueColumn[f] = -1;
      if (feature instanceof CategoricalFeature categorical) {
        boolean[] seen = new boolean[categorical.levels().size()];
        for (int i = 0; i < n; i++) {
          int level = leads.level(f, i);
          if (level < 0) {
            missing++;
          } else {
            seen[level] = true;
          }
        }
        levelColumn[f] = new int[seen.length];
        for (int level = 0; level < seen.length; level++) {
          levelColumn[f][level] = -1;
          if (seen[level]) {
            levelColumn[f][level] = columns.size();
            columns.add(feature.name() + "=" + categorical.levels().get(level));
          }
        }
      } else {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          double x = leads.number(f, i);
          if (Double.isNaN(x)) {
            missing++;
          } else {
            sum += x;
          }
        }
        int present = n - missing;
        mean[f] = present == 0 ? 0 : sum / present;
        double squares = 0;
        for (int i = 0; i < n; i++) {
          double x = leads.number(f, i);
          if (!Double.isNaN(x)) {
            squares += (x - mean[f]) * (x - mean[f]);
          }
        }
        deviation[f] = present == 0 ? 0 : Math.sqrt(squares / present);
        if (deviation[f] > 0) {
          valueColumn[f] = columns.size();
          columns.add(feature.name());
        }
      }
      missingColumn[f] = -1;
      if (missing > 0 && missing < n) {
        missingColumn[f] = columns.size();
        columns.add(feature.name() + " (missing)");
      }
    }

    int p = columns.size();
    double[][] x = new double[n][p];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = x[i];
      row[0] = 1;
      y[i] = leads.won(i) ? 1 : 0;
      for (int f = 0; f < features.size(); f++) {
        if (features.get(f) instanceof CategoricalFeature) {
          int level = leads.level(f, i);
          int column = level < 0 ? missingColumn[f] : levelColumn[f][level];
          if (column >= 0) {
            row[column] = 1;
          }
        } else {
          double value = leads.number(f, i);
          if (Double.isNaN(value)) {
            if (missingColumn[f] >= 0) {
              row[missingColumn[f]] = 1;
            }
          } else if (valueColumn[f] >= 0) {
            row[valueColumn[f]] = (value - mean[f]) / deviation[f];
          }
        }
      }
    }
    return newton(columns, x, y, penalty, maxIterations, tolerance);
  }

  private static Fit newton(List<String> columns, double[][] x, double[] y, double penalty, int maxIterations,
      double tolerance) {
    int n = x.length;
    int p = columns.size();
    double won = 0;
    for (double label : y) {
      won += label;
    }
    double[] beta = new double[p];
    beta[0] = Math.log(won / (n - won));
    double[] gradient = new double[p];
    double[][] hessian = new double[p][p];
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      Arrays.fill(gradient, 0);
      for (double[] row : hessian) {
        Arrays.fill(row, 0);
      }
      for (int i = 0; i < n; i++) {
        double[] row = x[i];
        double eta = 0;
        for (int j = 0; j < p; j++) {
          eta += row[j] * beta[j];
        }
        double mu = 1 / (1 + Math.exp(-eta));
        double residual = y[i] - mu;
        double weight = mu * (1 - mu);
        for (int j = 0; j < p; j++) {
          gradient[j] += residual * row[j];
          double weighted = weight * row[j];
          double[] hessianRow = hessian[j];
          for (int k = j; k < p; k++) {
            hessianRow[k] += weighted * row[k];
          }
        }
      }
      for (int j = 1; j < p; j++) {
        gradient[j] -= penalty * beta[j];
        hessian[j][j] += penalty;
      }
      for (int j = 0; j < p; j++) {
        for (int k = j + 1; k < p; k++) {
          hessian[k][j] = hessian[j][k];
        }
      }
      double[] step;
      try {
        step = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false))
            .getSolver().solve(new ArrayRealVector(gradient, false)).toArray();
      } catch (MathIllegalArgumentException e) {
        throw new IllegalStateException("the Hessian is not positive definite at step " + iteration, e);
      }
      double largest = 0;
      for (int j = 0; j < p; j++) {
        beta[j] += step[j];
        largest = Math.max(largest, Math.abs(step[j]));
      }
      if (largest < tolerance) {
        return new Fit(columns, beta, iteration, true);
      }
    }
    return new Fit(columns, beta, maxIterations, false);
  }
}
