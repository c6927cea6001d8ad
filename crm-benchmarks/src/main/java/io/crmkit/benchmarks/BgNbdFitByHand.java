package io.crmkit.benchmarks;

import io.crmkit.analytics.clv.PurchaseData;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.special.Gamma;

/**
 * The peer of {@link ClvFitBenchmark}: BG/NBD fitted the way lifetimes' {@code BetaGeoFitter} does
 * it, written plainly on arrays. The log-likelihood is summed row by row with four log-gamma calls
 * per row (no table per repeat-purchase count), over log-parameters, times divided by the largest
 * age, and maximised by Nelder-Mead alone (commons-math3's simplex, stopped when the values settle to
 * 1e-10), with no Newton polish and no standard errors.
 */
public final class BgNbdFitByHand {
  private BgNbdFitByHand() {}

  /** The fitted parameters {r, alpha, a, b} in the data's units, and the evaluations used. */
  public record Fit(double r, double alpha, double a, double b, int evaluations) {}

  /** Fits BG/NBD to {@code data} (rows weighted by their customers). */
  public static Fit fit(PurchaseData data) {
    int n = data.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] weight = new double[n];
    double scale = 0.0;
    for (int row = 0; row < n; row++) {
      scale = Math.max(scale, data.age(row));
    }
    for (int row = 0; row < n; row++) {
      x[row] = data.repeatPurchases(row);
      tx[row] = data.recency(row) / scale;
      age[row] = data.age(row) / scale;
      weight[row] = data.customers(row);
    }
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-10, 1e-10);
    PointValuePair best = optimizer.optimize(
        new MaxEval(20_000),
        new ObjectiveFunction(log -> logLikelihood(x, tx, age, weight, Math.exp(log[0]), Math.exp(log[1]),
            Math.exp(log[2]), Math.exp(log[3]))),
        GoalType.MAXIMIZE,
        new InitialGuess(new double[4]),
        new NelderMeadSimplex(4, 0.5));
    double[] p = best.getPoint();
    return new Fit(Math.exp(p[0]), Math.exp(p[1]) * scale, Math.exp(p[2]), Math.exp(p[3]), optimizer.getEvaluations());
  }

  private static double logLikelihood(int[] x, double[] tx, double[] age, double[] weight, double r, double alpha,
      double a, double b) {
    double sum = 0.0;
    for (int row = 0; row < x.length; row++) {
      int k = x[row];
      double a1 = Gamma.logGamma(r + k) - Gamma.logGamma(r) + r * Math.log(alpha);
      double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + k) - Gamma.logGamma(b) - Gamma.logGamma(a + b + k);
      double a3 = -(r + k) * Math.log(alpha + age[row]);
      double ll;
      if (k > 0) {
        double a4 = Math.log(a) - Math.log(b + k - 1) - (r + k) * Math.log(alpha + tx[row]);
        double max = Math.max(a3, a4);
        ll = a1 + a2 + max + Math.log(Math.exp(a3 - max) + Math.exp(a4 - max));
      } else {
        ll = a1 + a2 + a3;
      }
      sum += weight[row] * ll;
    }
    return Double.isNaN(sum) ? Double.NEGATIVE_INFINITY : sum;
  }
}
