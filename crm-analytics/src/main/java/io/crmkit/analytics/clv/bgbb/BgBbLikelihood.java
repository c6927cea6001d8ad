package io.crmkit.analytics.clv.bgbb;

import io.crmkit.analytics.clv.internal.LogSpace;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/BB log-likelihood (Fader, Hardie and Shang 2010, eq. 5) in log space, with the log-gamma
 * values it needs tabulated once per parameter set, so that a customer with {@code n} opportunities
 * costs {@code O(n - t_x)} additions and one log-sum-exp:
 * {@code L = B(alpha+x, beta+n-x)/B(alpha,beta) B(gamma, delta+n)/B(gamma,delta) + sum over i = 0 ..
 * n-t_x-1 of B(alpha+x, beta+t_x-x+i)/B(alpha,beta) B(gamma+1, delta+t_x+i)/B(gamma,delta)}.
 */
final class BgBbLikelihood {
  private final double[] logGammaAlphaPlus;
  private final double[] logGammaBetaPlus;
  private final double[] logGammaAlphaBetaPlus;
  private final double[] logGammaDeltaPlus;
  private final double[] logGammaGammaDeltaPlus;
  private final double logBetaAlphaBeta;
  private final double logGammaGamma;
  private final double logGammaGammaPlusOne;
  private final double logBetaGammaDelta;
  private double[] terms = new double[8];

  /** Tables for customers with up to {@code maxOpportunities} opportunities. */
  BgBbLikelihood(double alpha, double beta, double gamma, double delta, int maxOpportunities) {
    int size = maxOpportunities + 2;
    logGammaAlphaPlus = table(alpha, size);
    logGammaBetaPlus = table(beta, size);
    logGammaAlphaBetaPlus = table(alpha + beta, size);
    logGammaDeltaPlus = table(delta, size);
    logGammaGammaDeltaPlus = table(gamma + delta, size + 1);
    logBetaAlphaBeta = logGammaAlphaPlus[0] + logGammaBetaPlus[0] - logGammaAlphaBetaPlus[0];
    logGammaGamma = Gamma.logGamma(gamma);
    logGammaGammaPlusOne = Gamma.logGamma(gamma + 1);
    logBetaGammaDelta = logGammaGamma + logGammaDeltaPlus[0] - logGammaGammaDeltaPlus[0];
  }

  /** One customer's log-likelihood. */
  double single(int x, int tx, int n) {
    int count = n - tx + 1;
    if (terms.length < count) {
      terms = new double[Math.max(count, 2 * terms.length)];
    }
    terms[0] = transact(x, n - x) + logGammaGamma + logGammaDeltaPlus[n] - logGammaGammaDeltaPlus[n]
        - logBetaGammaDelta;
    for (int i = 0; i < n - tx; i++) {
      // B(gamma+1, delta+tx+i) = G(gamma+1) G(delta+tx+i) / G(gamma+delta+tx+i+1)
      terms[i + 1] = transact(x, tx - x + i) + logGammaGammaPlusOne + logGammaDeltaPlus[tx + i]
          - logGammaGammaDeltaPlus[tx + i + 1] - logBetaGammaDelta;
    }
    return LogSpace.sumExp(terms, count);
  }

  /** {@code log B(alpha+x, beta+j) - log B(alpha, beta)}. */
  private double transact(int x, int j) {
    return logGammaAlphaPlus[x] + logGammaBetaPlus[j] - logGammaAlphaBetaPlus[x + j] - logBetaAlphaBeta;
  }

  /** {@code log G(base + k)} for k = 0 .. size-1. */
  private static double[] table(double base, int size) {
    double[] values = new double[size];
    for (int k = 0; k < size; k++) {
      values[k] = Gamma.logGamma(base + k);
    }
    return values;
  }
}
