package io.crmkit.analytics.clv.internal;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a smooth objective over unbounded coordinates (the logarithms of positive parameters):
 * Nelder-Mead from the starting point to get near the top, then Newton's method with a numerical
 * Hessian and a backtracking line search to polish; the Hessian at the end is the observed
 * information for standard errors.
 *
 * <p>Newton's step uses the absolute values of the Hessian's eigenvalues (floored), so that it climbs
 * even where the objective is not concave. The outcome says why it stopped when it did not converge:
 * an objective that is not finite at the start, a coordinate running off towards 0 or infinity, a
 * Hessian at the end that is not negative definite (a parameter the data do not identify), or the
 * iterations used up.
 */
public final class MaximumLikelihood {
  /**
   * The largest absolute log-parameter (on the rescaled data) before a parameter counts as running off
   * to 0 or infinity: a factor of 160,000 either way from 1.
   */
  static final double RUN_OFF = 12.0;

  private static final double STEP = 5e-4;
  private static final double EIGEN_FLOOR = 1e-10;

  private MaximumLikelihood() {}

  /** The objective: a penalised log-likelihood of log-parameters; non-finite where it is undefined. */
  @FunctionalInterface
  public interface Objective {
    /** The objective's value at {@code logParameters}. */
    double value(double[] logParameters);
  }

  /**
   * How the maximisation ended.
   *
   * @param converged whether it reached a maximum: the Newton decrement at the end below the
   *     tolerance and the Hessian negative definite
   * @param reason why it did not converge, or {@code "converged"}
   * @param logParameters the last point reached
   * @param value the objective there
   * @param hessian the Hessian of the objective there, over the log-parameters
   * @param iterations the Newton iterations taken
   * @param evaluations the objective's evaluations in all
   */
  public record Outcome(
      boolean converged, String reason, double[] logParameters, double value, double[][] hessian,
      int iterations, int evaluations) {}

  /**
   * Maximises {@code objective} from {@code start}.
   *
   * @param names the parameters' names, for the reasons given when it does not converge
   * @param maxIterations the most Newton iterations after Nelder-Mead
   * @param tolerance converged when the Newton decrement (the rise the next step promises) is below
   *     this
   */
  public static Outcome maximise(
      Objective objective, double[] start, List<String> names, int maxIterations, double tolerance) {
    Counting counted = new Counting(objective);
    double startValue = counted.value(start);
    int k = start.length;
    if (!Double.isFinite(startValue)) {
      return new Outcome(false, "the log-likelihood is not finite at the starting values " + describe(names, start),
          start.clone(), startValue, new double[k][k], 0, counted.evaluations);
    }
    double[] x = nelderMead(counted, start);
    double fx = counted.value(x);
    if (!(fx >= startValue)) {
      x = start.clone();
      fx = startValue;
    }
    int iteration = 0;
    double[][] hessian = new double[k][k];
    double[] gradient = new double[k];
    double decrement = Double.POSITIVE_INFINITY;
    boolean concave = false;
    while (true) {
      String runOff = runOff(names, x);
      if (runOff != null) {
        return new Outcome(false, runOff, x, fx, hessian, iteration, counted.evaluations);
      }
      derivatives(counted, x, fx, gradient, hessian);
      if (!finite(gradient) || !finite(hessian)) {
        return new Outcome(false, "the log-likelihood is not finite next to " + describe(names, x)
            + " (a parameter at the edge of where the model is defined)", x, fx, hessian, iteration,
            counted.evaluations);
      }
      EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(hessian, false));
      double[] step = ascentStep(eigen, gradient);
      concave = Arrays.stream(eigen.getRealEigenvalues()).allMatch(lambda -> lambda < 0);
      decrement = 0.0;
      for (int i = 0; i < k; i++) {
        decrement += gradient[i] * step[i];
      }
      if (concave && decrement / 2.0 < tolerance) {
        return new Outcome(true, "converged", x, fx, hessian, iteration, counted.evaluations);
      }
      if (iteration >= maxIterations) {
        break;
      }
      iteration++;
      double t = 1.0;
      double[] next = new double[k];
      double fNext = Double.NEGATIVE_INFINITY;
      boolean improved = false;
      for (int halving = 0; halving < 40; halving++) {
        for (int i = 0; i < k; i++) {
          next[i] = x[i] + t * step[i];
        }
        fNext = counted.value(next);
        if (fNext >= fx + 1e-4 * t * decrement || (fNext >= fx && t < 1e-3)) {
          improved = true;
          break;
        }
        t /= 2.0;
      }
      if (!improved || fNext < fx) {
        // No higher point along the step: the top up to rounding. Judge by the Hessian.
        if (concave && decrement / 2.0 < Math.max(tolerance, 1e-9 * Math.abs(fx))) {
          return new Outcome(true, "converged", x, fx, hessian, iteration, counted.evaluations);
        }
        return new Outcome(false, notAtMaximum(concave, decrement, names, x), x, fx, hessian, iteration,
            counted.evaluations);
      }
      x = next.clone();
      fx = fNext;
    }
    return new Outcome(false, "no convergence within " + maxIterations + " Newton iterations (the next step"
        + " still promised " + String.format(java.util.Locale.ROOT, "%.3g", decrement / 2.0)
        + " in log-likelihood) at " + describe(names, x), x, fx, hessian, iteration, counted.evaluations);
  }

  private static String notAtMaximum(boolean concave, double decrement, List<String> names, double[] x) {
    if (!concave) {
      return "the log-likelihood is not at a maximum at " + describe(names, x)
          + ": its Hessian is not negative definite, so these data do not identify every parameter";
    }
    return "the line search found no higher point although the next step promised "
        + String.format(java.util.Locale.ROOT, "%.3g", decrement / 2.0) + " at " + describe(names, x);
  }

  private static double[] nelderMead(Counting objective, double[] start) {
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-7, 1e-9);
    try {
      PointValuePair best = optimizer.optimize(
          new MaxEval(400 * start.length),
          new ObjectiveFunction(point -> {
            double value = objective.value(point);
            return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
          }),
          GoalType.MAXIMIZE,
          new InitialGuess(start),
          new NelderMeadSimplex(start.length, 0.5));
      return best.getPoint();
    } catch (TooManyEvaluationsException notSettled) {
      // Newton's method carries on from the best point seen.
      return objective.best();
    }
  }

  private static double[] ascentStep(EigenDecomposition eigen, double[] gradient) {
    int k = gradient.length;
    double[] values = eigen.getRealEigenvalues();
    double largest = 0.0;
    for (double value : values) {
      largest = Math.max(largest, Math.abs(value));
    }
    double floor = Math.max(EIGEN_FLOOR, 1e-12 * largest);
    double[] step = new double[k];
    for (int j = 0; j < k; j++) {
      double[] v = eigen.getEigenvector(j).toArray();
      double projection = 0.0;
      for (int i = 0; i < k; i++) {
        projection += v[i] * gradient[i];
      }
      double scale = projection / Math.max(Math.abs(values[j]), floor);
      for (int i = 0; i < k; i++) {
        step[i] += scale * v[i];
      }
    }
    return step;
  }

  /** Central differences: gradient from f(x +- h e_i), Hessian from those and f(x +- h e_i +- h e_j). */
  static void derivatives(Objective f, double[] x, double fx, double[] gradient, double[][] hessian) {
    int k = x.length;
    double[] plus = new double[k];
    double[] minus = new double[k];
    double[] point = x.clone();
    for (int i = 0; i < k; i++) {
      point[i] = x[i] + STEP;
      plus[i] = f.value(point);
      point[i] = x[i] - STEP;
      minus[i] = f.value(point);
      point[i] = x[i];
      gradient[i] = (plus[i] - minus[i]) / (2 * STEP);
      hessian[i][i] = (plus[i] - 2 * fx + minus[i]) / (STEP * STEP);
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        point[i] = x[i] + STEP;
        point[j] = x[j] + STEP;
        double pp = f.value(point);
        point[j] = x[j] - STEP;
        double pm = f.value(point);
        point[i] = x[i] - STEP;
        double mm = f.value(point);
        point[j] = x[j] + STEP;
        double mp = f.value(point);
        point[i] = x[i];
        point[j] = x[j];
        hessian[i][j] = (pp - pm - mp + mm) / (4 * STEP * STEP);
        hessian[j][i] = hessian[i][j];
      }
    }
  }

  /**
   * The covariance of the log-parameters: the inverse of minus the Hessian; empty when the Hessian is
   * not negative definite.
   */
  public static double[][] covariance(double[][] hessian) {
    RealMatrix information = new Array2DRowRealMatrix(hessian).scalarMultiply(-1.0);
    EigenDecomposition eigen = new EigenDecomposition(information);
    for (double value : eigen.getRealEigenvalues()) {
      if (!(value > 0)) {
        return new double[0][0];
      }
    }
    return eigen.getSolver().getInverse().getData();
  }

  private static String runOff(List<String> names, double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(x[i]) > RUN_OFF) {
        return "the log-likelihood has no maximum inside the parameter space (the data do not pin every"
            + " parameter down): " + names.get(i) + " ran off towards "
            + (x[i] > 0 ? "infinity" : "0") + " (" + names.get(i) + " = "
            + String.format(java.util.Locale.ROOT, "%.3g", Math.exp(x[i])) + ")";
      }
    }
    return null;
  }

  private static boolean finite(double[] values) {
    for (double value : values) {
      if (!Double.isFinite(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean finite(double[][] values) {
    for (double[] row : values) {
      if (!finite(row)) {
        return false;
      }
    }
    return true;
  }

  private static String describe(List<String> names, double[] logParameters) {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < logParameters.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(names.get(i)).append(" = ")
          .append(String.format(java.util.Locale.ROOT, "%.4g", Math.exp(logParameters[i])));
    }
    return text.append(')').toString();
  }

  /** Counts evaluations and remembers the best point seen. */
  private static final class Counting implements Objective {
    private final Objective objective;
    private int evaluations;
    private double bestValue = Double.NEGATIVE_INFINITY;
    private double[] best = new double[0];

    Counting(Objective objective) {
      this.objective = objective;
    }

    @Override
    public double value(double[] logParameters) {
      evaluations++;
      double value = objective.value(logParameters);
      if (value > bestValue) {
        bestValue = value;
        best = logParameters.clone();
      }
      return value;
    }

    double[] best() {
      return best.clone();
    }
  }
}
