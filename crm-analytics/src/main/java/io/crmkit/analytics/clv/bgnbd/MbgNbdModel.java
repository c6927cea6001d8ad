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
 * The MBG/NBD model (Batislam, Denizel and Filiztekin 2007): the BG/NBD model in which a customer may
 * also leave right at the first purchase, so that a customer without repeat purchases is not
 * certainly alive.
 *
 * @param r the shape of the purchase rates, above 0
 * @param alpha the scale of the purchase rates, above 0, in {@code unit}
 * @param a the first shape of the drop-out probabilities, above 0
 * @param b the second shape of the drop-out probabilities, above 0
 * @param unit the unit of time
 */
public record MbgNbdModel(double r, double alpha, double a, double b, ModelTimeUnit unit) implements RepeatPurchaseModel {
  /** The parameters' names, in order. */
  public static final List<String> PARAMETERS = BgNbdVariant.PARAMETERS;

  /**
   * Checks the parameters.
   *
   * @throws CrmValidationException naming {@code mbgNbd.<parameter>}, rule {@code positive}, for a
   *     parameter that is not a finite number above 0
   */
  public MbgNbdModel {
    BgNbdVariant.MBG_NBD.check(r, alpha, a, b, unit);
  }

  /** Fits the model by maximum likelihood with the default options. */
  public static FitResult<MbgNbdModel> fit(PurchaseData data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model by maximum likelihood: over log-parameters, times divided by the largest age.
   *
   * @throws CrmValidationException when the data or options are missing or the data empty
   */
  public static FitResult<MbgNbdModel> fit(PurchaseData data, FitOptions options) {
    return BgNbdVariant.MBG_NBD.fit(data, options, MbgNbdModel::new);
  }

  @Override
  public Map<String, Double> parameters() {
    return ModelParameters.named(PARAMETERS, r, alpha, a, b);
  }

  @Override
  public double logLikelihood(PurchaseHistory history) {
    return BgNbdVariant.MBG_NBD.logLikelihood(r, alpha, a, b, unit, history);
  }

  @Override
  public double logLikelihood(PurchaseData data) {
    return BgNbdVariant.MBG_NBD.logLikelihood(r, alpha, a, b, unit, data);
  }

  /** {@inheritDoc} Below 1 even without repeat purchases: the customer may have left at the first. */
  @Override
  public double probabilityAlive(PurchaseHistory history) {
    BgNbdVariant.requireUnit(unit, history);
    int x = history.repeatPurchases();
    double logOdds = Math.log(a) - Math.log(b + x)
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
    double z = t / (alpha + history.age() + t);
    double growth = ModelParameters.nearOne(a, shape -> (shape + b + x) / (shape - 1)
        * Hypergeometric2F1.oneMinusScaled((r + x) * Math.log1p(-z), r + x, b + x + 1, shape + b + x, z));
    return growth * probabilityAlive(history);
  }

  @Override
  public double expectedPurchases(TimeSpan horizon) {
    double t = BgNbdVariant.length(unit, horizon);
    if (t == 0.0) {
      return 0.0;
    }
    double z = t / (alpha + t);
    return ModelParameters.nearOne(a, shape -> b / (shape - 1)
        * Hypergeometric2F1.oneMinusScaled(r * Math.log(alpha / (alpha + t)), r, b + 1, shape + b, z));
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
    double stillAlive = Math.exp(Beta.logBeta(a, b + n + 1) - logBab + Gamma.logGamma(r + n) - Gamma.logGamma(r)
        - Gamma.logGamma(n + 1.0) + r * Math.log(alpha / (alpha + t)) + n * Math.log(p));
    double atLeastN = n == 0 ? 1.0 : Beta.regularizedBeta(p, n, r);
    return stillAlive + Math.exp(Beta.logBeta(a + 1, b + n) - logBab) * atLeastN;
  }
}
