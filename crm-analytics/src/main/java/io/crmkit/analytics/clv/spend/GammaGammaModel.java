package io.crmkit.analytics.clv.spend;

import io.crmkit.analytics.clv.FitOptions;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.internal.Fitting;
import io.crmkit.analytics.clv.internal.ModelParameters;
import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma model of spend per purchase (Colombo and Jiang 1999; Fader and Hardie 2013): a
 * customer's purchases are worth {@code Gamma(p, nu)} with {@code nu ~ Gamma(q, gamma)} across
 * customers. It assumes spend is independent of how often a customer buys (check the correlation of
 * {@code x} and mean spend first; on CDNOW it is 0.11).
 *
 * @param p the shape of the spend per purchase, above 0
 * @param q the shape of the customers' spend scales, above 0 (above 1 for a finite mean spend)
 * @param gamma the scale of the customers' spend scales, above 0, in currency
 */
public record GammaGammaModel(double p, double q, double gamma) {
  /** The parameters' names, in order. */
  public static final List<String> PARAMETERS = List.of("p", "q", "gamma");

  /**
   * Checks the parameters.
   *
   * @throws CrmValidationException naming {@code gammaGamma.<parameter>}, rule {@code positive}, for a
   *     parameter that is not a finite number above 0
   */
  public GammaGammaModel {
    ModelParameters.requirePositive("gammaGamma", PARAMETERS, p, q, gamma);
  }

  /** Fits the model by maximum likelihood with the default options. */
  public static FitResult<GammaGammaModel> fit(SpendData data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model by maximum likelihood: over log-parameters, spend divided by its mean.
   *
   * @throws CrmValidationException when the data or options are missing, or there are no repeat
   *     buyers ({@code gammaGamma.data}, rule {@code notEmpty})
   */
  public static FitResult<GammaGammaModel> fit(SpendData data, FitOptions options) {
    CrmValidationException.required("gammaGamma.data", data);
    CrmValidationException.required("fitOptions", options);
    if (data.size() == 0) {
      throw CrmValidationException.of("gammaGamma.data", "notEmpty", data, "a fit needs at least one repeat buyer");
    }
    double total = 0.0;
    for (int row = 0; row < data.size(); row++) {
      total += data.customers(row) * data.meanSpend(row);
    }
    double scale = total / data.customerCount();
    return Fitting.fit(PARAMETERS, new double[] {1, 2, 1}, new double[] {1, 1, scale},
        v -> logLikelihood(data, v[0], v[1], v[2], scale), options,
        v -> new GammaGammaModel(v[0], v[1], v[2]), model -> model.logLikelihood(data), data.customerCount());
  }

  /** The parameters by name, in order. */
  public Map<String, Double> parameters() {
    return ModelParameters.named(PARAMETERS, p, q, gamma);
  }

  /**
   * The log-likelihood of one repeat buyer's mean spend: the density of the mean of {@code x} purchases.
   *
   * @throws CrmValidationException when {@code x < 1} or the mean spend is not above 0
   */
  public double logLikelihood(int x, double meanSpend) {
    SpendData.builder().add(x, meanSpend, 1);
    return single(p, q, gamma, x, meanSpend);
  }

  /** The log-likelihood of every repeat buyer of {@code data}. */
  public double logLikelihood(SpendData data) {
    CrmValidationException.required("data", data);
    return logLikelihood(data, p, q, gamma, 1.0);
  }

  /**
   * The expected spend per purchase of a customer with {@code x} repeat purchases of mean {@code
   * meanSpend}: {@code (p (gamma + x meanSpend)) / (p x + q - 1)}, a weighted mean of the population's
   * mean and the customer's own. With {@code x = 0} it is the population's mean.
   *
   * @throws CrmValidationException when {@code x} is negative, the mean spend not finite, or {@code q
   *     <= 1} (no finite mean: {@code gammaGamma.q}, rule {@code aboveOne})
   */
  public double expectedSpend(int x, double meanSpend) {
    if (x < 0) {
      throw CrmValidationException.of("repeatPurchases", "nonNegative", x, "x is 0 or more");
    }
    if (!Double.isFinite(meanSpend)) {
      throw CrmValidationException.of("meanSpend", "finite", meanSpend, "a finite mean spend");
    }
    requireFiniteMean();
    double weight = p * x / (p * x + q - 1);
    return (1 - weight) * populationMeanSpend() + weight * (x == 0 ? 0.0 : meanSpend);
  }

  /**
   * The mean spend per purchase across customers, {@code p gamma / (q - 1)}.
   *
   * @throws CrmValidationException when {@code q <= 1} ({@code gammaGamma.q}, rule {@code aboveOne})
   */
  public double populationMeanSpend() {
    requireFiniteMean();
    return p * gamma / (q - 1);
  }

  private void requireFiniteMean() {
    if (!(q > 1)) {
      throw CrmValidationException.of("gammaGamma.q", "aboveOne", q, "the mean spend is infinite when q <= 1");
    }
  }

  private static double logLikelihood(SpendData data, double p, double q, double gamma, double scale) {
    double sum = 0.0;
    for (int row = 0; row < data.size(); row++) {
      sum += data.customers(row) * single(p, q, gamma, data.repeatPurchases(row), data.meanSpend(row) / scale);
    }
    return sum;
  }

  private static double single(double p, double q, double gamma, int x, double meanSpend) {
    double px = p * x;
    return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
        + (px - 1) * Math.log(meanSpend) + px * Math.log(x) - (px + q) * Math.log(x * meanSpend + gamma);
  }
}
