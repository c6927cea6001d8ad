package io.crmkit.analytics.clv.pnbd;

import io.crmkit.analytics.clv.FitOptions;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.PurchaseData;
import io.crmkit.analytics.clv.PurchaseHistory;
import io.crmkit.analytics.clv.RepeatPurchaseModel;
import io.crmkit.analytics.clv.TimeSpan;
import io.crmkit.analytics.clv.Units;
import io.crmkit.analytics.clv.internal.Fitting;
import io.crmkit.analytics.clv.internal.LogSpace;
import io.crmkit.analytics.clv.internal.ModelParameters;
import io.crmkit.analytics.clv.internal.PurchaseColumns;
import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.special.Gamma;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987): while alive a customer buys as a
 * Poisson process with rate {@code lambda ~ Gamma(r, alpha)} and leaves after an exponential lifetime
 * with rate {@code mu ~ Gamma(s, beta)}.
 *
 * <p>On CDNOW {@code beta} is weakly identified (standard error about half the estimate): the
 * likelihood is flat along it, so fits that differ in {@code beta} predict alike.
 *
 * @param r the shape of the purchase rates, above 0
 * @param alpha the scale of the purchase rates, above 0, in {@code unit}
 * @param s the shape of the drop-out rates, above 0
 * @param beta the scale of the drop-out rates, above 0, in {@code unit}
 * @param unit the unit of time
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta, ModelTimeUnit unit)
    implements RepeatPurchaseModel {
  /** The parameters' names, in order. */
  public static final List<String> PARAMETERS = List.of("r", "alpha", "s", "beta");

  /**
   * Checks the parameters.
   *
   * @throws CrmValidationException naming {@code paretoNbd.<parameter>}, rule {@code positive}, for a
   *     parameter that is not a finite number above 0
   */
  public ParetoNbdModel {
    ModelParameters.requirePositive("paretoNbd", PARAMETERS, r, alpha, s, beta);
    CrmValidationException.required("paretoNbd.unit", unit);
  }

  /** Fits the model by maximum likelihood with the default options. */
  public static FitResult<ParetoNbdModel> fit(PurchaseData data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model by maximum likelihood: over log-parameters, times divided by the largest age.
   *
   * @throws CrmValidationException when the data or options are missing or the data empty
   */
  public static FitResult<ParetoNbdModel> fit(PurchaseData data, FitOptions options) {
    ModelParameters.requireData("paretoNbd", data);
    CrmValidationException.required("fitOptions", options);
    PurchaseColumns columns = PurchaseColumns.scaled(data);
    ParetoNbdLikelihood likelihood = new ParetoNbdLikelihood(columns);
    return Fitting.fit(PARAMETERS, new double[] {1, 1, 1, 1}, new double[] {1, columns.scale, 1, columns.scale},
        p -> likelihood.sum(p[0], p[1], p[2], p[3]), options,
        p -> new ParetoNbdModel(p[0], p[1], p[2], p[3], data.unit()),
        model -> model.logLikelihood(data), columns.customers);
  }

  @Override
  public Map<String, Double> parameters() {
    return ModelParameters.named(PARAMETERS, r, alpha, s, beta);
  }

  @Override
  public double logLikelihood(PurchaseHistory history) {
    requireUnit(history);
    return ParetoNbdLikelihood.single(r, alpha, s, beta, history.repeatPurchases(), history.recency(), history.age());
  }

  @Override
  public double logLikelihood(PurchaseData data) {
    Units.requireSame("data", unit, data.unit());
    return new ParetoNbdLikelihood(PurchaseColumns.unscaled(data)).sum(r, alpha, s, beta);
  }

  @Override
  public double probabilityAlive(PurchaseHistory history) {
    requireUnit(history);
    int x = history.repeatPurchases();
    double T = history.age();
    double logA0 = ParetoNbdLikelihood.logA0(r, alpha, s, beta, x, history.recency(), T);
    double logOdds = Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T)
        + logA0;
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
    double T = history.age();
    double whileAlive = (r + x) * (beta + T) / (alpha + T)
        * LogSpace.oneMinusPowerOverExponent(Math.log((beta + T) / (beta + T + t)), s - 1);
    return whileAlive * probabilityAlive(history);
  }

  @Override
  public double expectedPurchases(TimeSpan horizon) {
    double t = CrmValidationException.required("horizon", horizon).lengthIn(unit, "horizon");
    if (t == 0.0) {
      return 0.0;
    }
    return r * beta / alpha * LogSpace.oneMinusPowerOverExponent(Math.log(beta / (beta + t)), s - 1);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The chance of being alive at {@code t} with {@code n} purchases is in closed form; that of
   * leaving before {@code t} after {@code n} purchases is integrated over the time of leaving by
   * Gauss-Legendre quadrature to 1e-12 relative, since the closed form (Fader and Hardie 2006) is a
   * difference of hypergeometric terms that cancel for short horizons.
   */
  @Override
  public double probabilityOfPurchases(int n, TimeSpan horizon) {
    ModelParameters.requireCount(n);
    double t = CrmValidationException.required("horizon", horizon).lengthIn(unit, "horizon");
    if (t == 0.0) {
      return n == 0 ? 1.0 : 0.0;
    }
    double logNegativeBinomial = Gamma.logGamma(r + n) - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0);
    double alive = Math.exp(logNegativeBinomial + r * Math.log(alpha / (alpha + t)) + n * Math.log(t / (alpha + t))
        + s * Math.log(beta / (beta + t)));
    double logLead = logNegativeBinomial + r * Math.log(alpha) + Math.log(s) + s * Math.log(beta);
    IterativeLegendreGaussIntegrator integrator =
        new IterativeLegendreGaussIntegrator(24, 1e-12, Double.MIN_NORMAL, 2, 64);
    double gone = integrator.integrate(Integer.MAX_VALUE, tau -> tau <= 0 && n > 0 ? 0.0
        : Math.exp(logLead + (n == 0 ? 0.0 : n * Math.log(tau)) - (r + n) * Math.log(alpha + tau)
            - (s + 1) * Math.log(beta + tau)), 0.0, t);
    return alive + gone;
  }

  private void requireUnit(PurchaseHistory history) {
    CrmValidationException.required("history", history);
    Units.requireSame("history", unit, history.unit());
  }
}
