package io.crmkit.analytics.clv.bgnbd;

import io.crmkit.analytics.clv.internal.LogSpace;
import io.crmkit.analytics.clv.internal.PurchaseColumns;
import org.apache.commons.math3.special.Gamma;

/**
 * The log-likelihood of the BG/NBD and MBG/NBD models, in log space throughout (Fader, Hardie and
 * Lee 2005, eq. 6; Batislam et al. 2007). The terms that depend on {@code x} alone are computed once
 * per repeat-purchase count, so a pass over the rows costs two logarithms and one log-sum-exp each.
 *
 * <p>BG/NBD: {@code L = B(a, b+x)/B(a,b) G(r+x)/G(r) alpha^r / (alpha+T)^(r+x) + [x > 0] B(a+1,
 * b+x-1)/B(a,b) G(r+x)/G(r) alpha^r / (alpha+t_x)^(r+x)}. MBG/NBD lets the customer leave at the
 * first purchase too: {@code B(a, b+x+1)} in the first term and {@code B(a+1, b+x)} in the second, for
 * every {@code x}.
 */
final class BgNbdLikelihood {
  private final PurchaseColumns columns;
  private final boolean modified;

  BgNbdLikelihood(PurchaseColumns columns, boolean modified) {
    this.columns = columns;
    this.modified = modified;
  }

  /** The summed, weighted log-likelihood of the columns. */
  double sum(double r, double alpha, double a, double b) {
    int[] x = columns.x;
    double[] tx = columns.tx;
    double[] age = columns.age;
    double[] weight = columns.weight;
    int shift = modified ? 1 : 0;
    double common = Gamma.logGamma(a + b) - Gamma.logGamma(b) - Gamma.logGamma(r) + r * Math.log(alpha);
    double logA = Math.log(a);
    double sum = 0.0;
    if (columns.tabulateByX()) {
      int max = columns.maxX;
      double[] byX = new double[max + 1];
      double[] leaveByX = new double[max + 1];
      for (int k = 0; k <= max; k++) {
        byX[k] = Gamma.logGamma(r + k) + Gamma.logGamma(b + k + shift) - Gamma.logGamma(a + b + k + shift);
        leaveByX[k] = k + shift > 0 ? logA - Math.log(b + k + shift - 1) : Double.NEGATIVE_INFINITY;
      }
      for (int row = 0; row < x.length; row++) {
        int k = x[row];
        double stay = -(r + k) * Math.log(alpha + age[row]);
        double leave = k + shift > 0 ? leaveByX[k] - (r + k) * Math.log(alpha + tx[row]) : Double.NEGATIVE_INFINITY;
        sum += weight[row] * (byX[k] + LogSpace.addExp(stay, leave));
      }
      return sum + common * total(weight);
    }
    for (int row = 0; row < x.length; row++) {
      sum += weight[row] * single(r, alpha, a, b, modified, x[row], tx[row], age[row]);
    }
    return sum;
  }

  /** One customer's log-likelihood. */
  static double single(double r, double alpha, double a, double b, boolean modified, int x, double tx, double age) {
    int shift = modified ? 1 : 0;
    double lead = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
        + Gamma.logGamma(a + b) + Gamma.logGamma(b + x + shift) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x + shift);
    double stay = -(r + x) * Math.log(alpha + age);
    double leave = x + shift > 0
        ? Math.log(a) - Math.log(b + x + shift - 1) - (r + x) * Math.log(alpha + tx)
        : Double.NEGATIVE_INFINITY;
    return lead + LogSpace.addExp(stay, leave);
  }

  private static double total(double[] weight) {
    double total = 0.0;
    for (double w : weight) {
      total += w;
    }
    return total;
  }
}
