package io.crmkit.scoring.predictive.logistic;

import java.util.Arrays;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;

/**
 * Newton's method (iteratively reweighted least squares) for the L2-penalised log-likelihood of a
 * logistic regression, over a dense design matrix kept in one primitive array, row after row.
 * Column 0 is the intercept (all ones), which is not penalised.
 */
final class Newton {
  /** Below this, a step that does not improve the fit is abandoned: the fit is at floating-point precision. */
  private static final double SMALLEST_STEP_FRACTION = 1e-10;

  private final double[] x;
  private final int n;
  private final int p;
  private final boolean[] won;
  private final double penalty;

  /** The outcome of a fit: the weights (intercept first) and how it ended. */
  record Fit(double[] weights, Convergence convergence) {}

  private Newton(double[] x, int n, int p, boolean[] won, double penalty) {
    this.x = x;
    this.n = n;
    this.p = p;
    this.won = won;
    this.penalty = penalty;
  }

  /**
   * Fits the weights.
   *
   * @param x the design matrix, {@code n} rows of {@code p} values, column 0 all ones
   * @param won the outcome of each row
   * @param penalty the L2 penalty on every weight but the intercept
   * @param maxIterations the most Newton steps to take
   * @param tolerance the fit has converged when a step changes no weight by more than this
   */
  static Fit fit(double[] x, int n, int p, boolean[] won, double penalty, int maxIterations, double tolerance) {
    return new Newton(x, n, p, won, penalty).run(maxIterations, tolerance);
  }

  private Fit run(int maxIterations, double tolerance) {
    long wonCount = 0;
    for (boolean w : won) {
      wonCount += w ? 1 : 0;
    }
    double[] beta = new double[p];
    beta[0] = Math.log((double) wonCount / (n - wonCount));
    double[] eta = new double[n];
    double[] candidateEta = new double[n];
    linearPredictor(beta, eta);
    double objective = objective(beta, eta);
    double[][] hessian = new double[p][p];
    double[] gradient = new double[p];
    double[] candidate = new double[p];
    int[] nonZero = new int[p];
    double[] values = new double[p];
    double lastStep = Double.NaN;
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      gradientAndHessian(beta, eta, gradient, hessian, nonZero, values);
      double[] direction;
      try {
        direction = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false))
            .getSolver()
            .solve(new ArrayRealVector(gradient, false))
            .toArray();
      } catch (MathIllegalArgumentException e) {
        return new Fit(beta, new Convergence(false, iteration - 1, objective, lastStep,
            "stopped after " + (iteration - 1) + " Newton steps: the Hessian is not positive definite (features"
                + " are collinear, or a feature separates won from lost leads perfectly); fit with an L2 penalty"
                + " above 0"));
      }
      double fraction = 1.0;
      double candidateObjective;
      while (true) {
        for (int j = 0; j < p; j++) {
          candidate[j] = beta[j] + fraction * direction[j];
        }
        linearPredictor(candidate, candidateEta);
        candidateObjective = objective(candidate, candidateEta);
        if (candidateObjective >= objective - 1e-12 * (1.0 + Math.abs(objective))) {
          break;
        }
        fraction /= 2;
        if (fraction < SMALLEST_STEP_FRACTION) {
          return new Fit(beta, new Convergence(true, iteration - 1, objective, 0.0,
              "converged in " + (iteration - 1) + " Newton steps: no step improves the penalised"
                  + " log-likelihood further (the limit of floating-point precision)"));
        }
      }
      lastStep = 0.0;
      for (int j = 0; j < p; j++) {
        lastStep = Math.max(lastStep, Math.abs(candidate[j] - beta[j]));
      }
      System.arraycopy(candidate, 0, beta, 0, p);
      double[] swap = eta;
      eta = candidateEta;
      candidateEta = swap;
      objective = candidateObjective;
      if (lastStep < tolerance) {
        return new Fit(beta, new Convergence(true, iteration, objective, lastStep,
            "converged in " + iteration + " Newton steps: the last changed no weight by more than " + lastStep));
      }
    }
    return new Fit(beta, new Convergence(false, maxIterations, objective, lastStep,
        "did not converge in " + maxIterations + " Newton steps: the last still changed a weight by "
            + lastStep + "; with a small penalty, a feature that separates won from lost leads perfectly"
            + " drives its weight without bound (raise the L2 penalty or allow more steps)"));
  }

  /** {@code eta = X beta}. */
  private void linearPredictor(double[] beta, double[] eta) {
    for (int i = 0; i < n; i++) {
      int row = i * p;
      double sum = 0.0;
      for (int j = 0; j < p; j++) {
        sum += x[row + j] * beta[j];
      }
      eta[i] = sum;
    }
  }

  /** The log-likelihood minus {@code penalty / 2} times the squared weights (the intercept not penalised). */
  private double objective(double[] beta, double[] eta) {
    double logLikelihood = 0.0;
    for (int i = 0; i < n; i++) {
      logLikelihood -= won[i] ? softplus(-eta[i]) : softplus(eta[i]);
    }
    double squares = 0.0;
    for (int j = 1; j < p; j++) {
      squares += beta[j] * beta[j];
    }
    return logLikelihood - 0.5 * penalty * squares;
  }

  /**
   * The gradient of the objective and its negated Hessian ({@code X' W X + penalty I}), skipping the
   * zeros of each row (one-hot columns are mostly zero).
   */
  private void gradientAndHessian(
      double[] beta, double[] eta, double[] gradient, double[][] hessian, int[] nonZero, double[] values) {
    Arrays.fill(gradient, 0.0);
    for (double[] row : hessian) {
      Arrays.fill(row, 0.0);
    }
    for (int i = 0; i < n; i++) {
      double mu = sigmoid(eta[i]);
      double weight = mu * (1.0 - mu);
      double residual = (won[i] ? 1.0 : 0.0) - mu;
      int count = 0;
      int row = i * p;
      for (int j = 0; j < p; j++) {
        double value = x[row + j];
        if (value != 0.0) {
          nonZero[count] = j;
          values[count++] = value;
        }
      }
      for (int a = 0; a < count; a++) {
        gradient[nonZero[a]] += residual * values[a];
        double weighted = weight * values[a];
        double[] hessianRow = hessian[nonZero[a]];
        for (int b = a; b < count; b++) {
          hessianRow[nonZero[b]] += weighted * values[b];
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
  }

  /** {@code log(1 + exp(t))} without overflow. */
  static double softplus(double t) {
    return Math.max(t, 0.0) + Math.log1p(Math.exp(-Math.abs(t)));
  }

  /** {@code 1 / (1 + exp(-t))} without overflow. */
  static double sigmoid(double t) {
    if (t >= 0) {
      return 1.0 / (1.0 + Math.exp(-t));
    }
    double e = Math.exp(t);
    return e / (1.0 + e);
  }
}
