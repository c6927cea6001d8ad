package io.crmkit.analytics.clv.bgnbd;

import io.crmkit.analytics.clv.FitOptions;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.PurchaseData;
import io.crmkit.analytics.clv.PurchaseHistory;
import io.crmkit.analytics.clv.RepeatPurchaseModel;
import io.crmkit.analytics.clv.TimeSpan;
import io.crmkit.analytics.clv.Units;
import io.crmkit.analytics.clv.internal.Fitting;
import io.crmkit.analytics.clv.internal.Hypergeometric2F1;
import io.crmkit.analytics.clv.internal.ModelParameters;
import io.crmkit.analytics.clv.internal.PurchaseColumns;
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
  public static final List<String> PARAMETERS = List.of("r", "alpha", "a", "b");

  /**
   * Checks the parameters.
   *
   * @throws CrmValidationException naming {@code mbgNbd.<parameter>}, rule {@code positive}, for a
   *     parameter that is not a finite number above 0
   */
  public MbgNbdModel {
    ModelParameters.requirePositive("mbgNbd", PARAMETERS, r, alpha, a, b);
    CrmValidationException.required("mbgNbd.unit", unit);
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
    ModelParameters.requireData("mbgNbd", data);
    CrmValidationException.required("fitOptions", options);
    PurchaseColumns columns = PurchaseColumns.scaled(data);
    BgNbdLikelihood likelihood = new BgNbdLikelihood(columns, true);
    return Fitting.fit(PARAMETERS, new double[] {1, 1, 1, 1}, new double[] {1, columns.scale, 1, 1},
        p -> likelihood.sum(p[0], p[1], p[2], p[3]), options,
        p -> new MbgNbdModel(p[0], p[1], p[2], p[3], data.unit()),
        model -> model.logLikelihood(data), columns.customers);
  }

  @Override
  public Map<String, Double> parameters() {
    return ModelParameters.named(PARAMETERS, r, alpha, a, b);
  }

  @Override
  public double logLikelihood(PurchaseHistory history) {
    requireUnit(history);
    return BgNbdLikelihood.single(r, alpha, a, b, true, history.repeatPurchases(), history.recency(), history.age());
  }

  @Override
  public double logLikelihood(PurchaseData data) {
    Units.requireSame("data", unit, data.unit());
    return new BgNbdLikelihood(PurchaseColumns.unscaled(data), true).sum(r, alpha, a, b);
  }

  /** {@inheritDoc} Below 1 even without repeat purchases: the customer may have left at the first. */
  @Override
  public double probabilityAlive(PurchaseHistory history) {
    requireUnit(history);
    int x = history.repeatPurchases();
    double logOdds = Math.log(a) - Math.log(b + x)
        + (r + x) * (Math.log(alpha + history.age()) - Math.log(alpha + history.recency()));
    return 1.0 / (1.0 + Math.exp(logOdds));
  }

  @Override
  public double expectedPurchases(PurchaseHistory history, TimeSpan horizon) {
    requireUnit(history);
    double t = CrmValidationException.required("horizon", horizon).lengthIn(unit, "horizon");
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
    double t = CrmValidationException.required("horizon", horizon).lengthIn(unit, "horizon");
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
    double t = CrmValidationException.required("horizon", horizon).lengthIn(unit, "horizon");
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

  private void requireUnit(PurchaseHistory history) {
    CrmValidationException.required("history", history);
    Units.requireSame("history", unit, history.unit());
  }
}
