package io.crmkit.analytics.clv.pnbd;

import io.crmkit.analytics.clv.internal.Hypergeometric2F1;
import io.crmkit.analytics.clv.internal.LogSpace;
import io.crmkit.analytics.clv.internal.PurchaseColumns;
import org.apache.commons.math3.special.Gamma;

/**
 * The Pareto/NBD log-likelihood in log space (Fader and Hardie 2005, "A note on deriving the
 * Pareto/NBD model", eq. 18-20):
 * {@code L = G(r+x) alpha^r beta^s / G(r) x [1 / ((alpha+T)^(r+x) (beta+T)^s) + s / (r+s+x) x A0]},
 * where {@code A0} is a difference of two Gauss hypergeometric terms, at {@code t_x} and at {@code T},
 * taken as {@code log(exp(u) - exp(v))}.
 */
final class ParetoNbdLikelihood {
  private final PurchaseColumns columns;

  ParetoNbdLikelihood(PurchaseColumns columns) {
    this.columns = columns;
  }

  /** The summed, weighted log-likelihood of the columns. */
  double sum(double r, double alpha, double s, double beta) {
    double common = -Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
    double[] logGammaRx = null;
    if (columns.tabulateByX()) {
      logGammaRx = new double[columns.maxX + 1];
      for (int k = 0; k <= columns.maxX; k++) {
        logGammaRx[k] = Gamma.logGamma(r + k);
      }
    }
    double sum = 0.0;
    double customers = 0.0;
    for (int row = 0; row < columns.size(); row++) {
      int x = columns.x[row];
      double lead = logGammaRx == null ? Gamma.logGamma(r + x) : logGammaRx[x];
      sum += columns.weight[row] * (lead + bracket(r, alpha, s, beta, x, columns.tx[row], columns.age[row]));
      customers += columns.weight[row];
    }
    return sum + common * customers;
  }

  /** One customer's log-likelihood. */
  static double single(double r, double alpha, double s, double beta, int x, double tx, double age) {
    return Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
        + bracket(r, alpha, s, beta, x, tx, age);
  }

  /** {@code log} of the bracket: alive at T, or gone between t_x and T. */
  private static double bracket(double r, double alpha, double s, double beta, int x, double tx, double age) {
    double alive = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    double gone = Math.log(s) - Math.log(r + s + x) + logA0(r, alpha, s, beta, x, tx, age);
    return LogSpace.addExp(alive, gone);
  }

  /** {@code log A0}; negative infinity when {@code t_x = T}. */
  static double logA0(double r, double alpha, double s, double beta, int x, double tx, double age) {
    double rsx = r + s + x;
    double max;
    double difference;
    double second;
    if (alpha >= beta) {
      max = alpha;
      difference = alpha - beta;
      second = s + 1;
    } else {
      max = beta;
      difference = beta - alpha;
      second = r + x;
    }
    double atRecency = Hypergeometric2F1.logValue(rsx, second, rsx + 1, difference / (max + tx))
        - rsx * Math.log(max + tx);
    double atAge = Hypergeometric2F1.logValue(rsx, second, rsx + 1, difference / (max + age))
        - rsx * Math.log(max + age);
    if (!(atRecency > atAge)) {
      return Double.NEGATIVE_INFINITY;
    }
    return LogSpace.subtractExp(atRecency, atAge);
  }
}
