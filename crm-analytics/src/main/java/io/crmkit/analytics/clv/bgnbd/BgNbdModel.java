package io.crmkit.analytics.clv.bgnbd;

import io.crmkit.analytics.clv.FitOptions;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.PurchaseData;
import io.crmkit.analytics.clv.PurchaseHistory;
import io.crmkit.analytics.clv.RepeatPurchaseModel;
import io.crmkit.analytics.clv.TimeSpan;
import io.crmkit.analytics.clv.internal.Hypergeometric2F1;
import io.crmkit.analytics.clv.internal.ModelParameters;
import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD model (Fader, Hardie and Lee 2005): while alive a customer buys as a Poisson process
 * with rate {@code lambda ~ Gamma(r, alpha)}, and after each repeat purchase leaves with probability
 * {@code p ~ Beta(a, b)}.
 *
 * @param r the shape of the purchase rates, above 0
 * @param alpha the scale of the purchase rates, above 0, in {@code unit}
 * @param a the first shape of the drop-out probabilities, above 0
 * @param b the second shape of the drop-out probabilities, above 0
 * @param unit the unit of time
 */
public record BgNbdModel(double r, double alpha, double a, double b, ModelTimeUnit unit) implements RepeatPurchaseModel {
  /** The parameters' names, in order. */
  public static final List<String> PARAMETERS = BgNbdVariant.PARAMETERS;

  /**
   * Checks the parameters.
   *
   * @throws CrmValidationException naming {@code bgNbd.<parameter>}, rule {@code positive}, for a
   *     parameter that is not a finite number above 0
   */
  public BgNbdModel {
    BgNbdVariant.BG_NBD.check(r, alpha, a, b, unit);
  }

  /** Fits the model by maximum likelihood with the default options. */
  public static FitResult<BgNbdModel> fit(PurchaseData data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model by maximum likelihood: over log-parameters, times divided by the largest age.
   *
   * @throws CrmValidationException when the data or options are missing or the data empty
   */
  public static FitResult<BgNbdModel> fit(PurchaseData data, FitOptions options) {
    return BgNbdVariant.BG_NBD.fit(data, options, BgNbdModel::new);
  }

  @Override
  public Map<String, Double> parameters() {
    return ModelParameters.named(PARAMETERS, r, alpha, a, b);
  }

  @Override
  public double logLikelihood(PurchaseHistory history) {
    return BgNbdVariant.BG_NBD.logLikelihood(r, alpha, a, b, unit, history);
  }

  @Override
  public double logLikelihood(PurchaseData data) {
    return BgNbdVariant.BG_NBD.logLikelihood(r, alpha, a, b, unit, data);
  }

  @Override
  public double probabilityAlive(PurchaseHistory history) {
    BgNbdVariant.requireUnit(unit, history);
    int x = history.repeatPurchases();
    if (x == 0) {
      return 1.0;
    }
    double logOdds = Math.log(a) - Math.log(b + x - 1)
        + (r + x) * (Math.log(alpha + history.age()) - Math.log(alpha + history.recency()));
    return 1.0 / (1.0 + Math.exp(logOdds));
  }

  @Override
  public double expectedPurchases(PurchaseHistory history, TimeSpan horizon) {
    BgNbdVariant.requireUnit(unit, history);
    double t = BgNbdVariant.length(unit, horizon);
    if (t == 0.0) {
      return 0.0;
    }
    int x = history.repeatPurchases();
    double T = history.age();
    double z = t / (alpha + T + t);
    double growth = ModelParameters.nearOne(a, shape -> ModelParameters.awayFromZero(shape + b + x - 1, c ->
        c / (shape - 1) * Hypergeometric2F1.oneMinusScaled((r + x) * Math.log1p(-z), r + x, b + x, c, z)));
    return growth * probabilityAlive(history);
  }

  @Override
  public double expectedPurchases(TimeSpan horizon) {
    double t = BgNbdVariant.length(unit, horizon);
    if (t == 0.0) {
      return 0.0;
    }
    double z = t / (alpha + t);
    return ModelParameters.nearOne(a, shape -> ModelParameters.awayFromZero(shape + b - 1, c ->
        c / (shape - 1) * Hypergeometric2F1.oneMinusScaled(r * Math.log(alpha / (alpha + t)), r, b, c, z)));
  }

  @Override
  public double probabilityOfPurchases(int n, TimeSpan horizon) {
    ModelParameters.requireCount(n);
    double t = BgNbdVariant.length(unit, horizon);
    if (t == 0.0) {
      return n == 0 ? 1.0 : 0.0;
    }
    double logBab = Beta.logBeta(a, b);
    double p = t / (alpha + t);
    double stillAlive = Math.exp(Beta.logBeta(a, b + n) - logBab + Gamma.logGamma(r + n) - Gamma.logGamma(r)
        - Gamma.logGamma(n + 1.0) + r * Math.log(alpha / (alpha + t)) + n * Math.log(p));
    if (n == 0) {
      return stillAlive;
    }
    double leftAfterLast = Math.exp(Beta.logBeta(a + 1, b + n - 1) - logBab)
        * Beta.regularizedBeta(p, n, r);
    return stillAlive + leftAfterLast;
  }
}
