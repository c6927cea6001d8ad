package io.crmkit.analytics.clv.bgbb;

import io.crmkit.analytics.clv.FitOptions;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.internal.Fitting;
import io.crmkit.analytics.clv.internal.LogSpace;
import io.crmkit.analytics.clv.internal.ModelParameters;
import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/BB model (Fader, Hardie and Shang 2010) of customers with discrete opportunities to
 * transact: while alive a customer transacts at each opportunity with probability {@code p ~
 * Beta(alpha, beta)} and before each opportunity leaves with probability {@code theta ~ Beta(gamma,
 * delta)}. Time is counted in opportunities.
 *
 * @param alpha the first shape of the transaction probabilities, above 0
 * @param beta the second shape of the transaction probabilities, above 0
 * @param gamma the first shape of the drop-out probabilities, above 0
 * @param delta the second shape of the drop-out probabilities, above 0
 */
public record BgBbModel(double alpha, double beta, double gamma, double delta) {
  /** The parameters' names, in order. */
  public static final List<String> PARAMETERS = List.of("alpha", "beta", "gamma", "delta");

  /**
   * Checks the parameters.
   *
   * @throws CrmValidationException naming {@code bgBb.<parameter>}, rule {@code positive}, for a
   *     parameter that is not a finite number above 0
   */
  public BgBbModel {
    ModelParameters.requirePositive("bgBb", PARAMETERS, alpha, beta, gamma, delta);
  }

  /** Fits the model by maximum likelihood with the default options. */
  public static FitResult<BgBbModel> fit(OpportunityData data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model by maximum likelihood over log-parameters.
   *
   * @throws CrmValidationException when the data or options are missing or the data empty ({@code
   *     bgBb.data}, rule {@code notEmpty})
   */
  public static FitResult<BgBbModel> fit(OpportunityData data, FitOptions options) {
    CrmValidationException.required("bgBb.data", data);
    CrmValidationException.required("fitOptions", options);
    if (data.size() == 0) {
      throw CrmValidationException.of("bgBb.data", "notEmpty", data, "a fit needs at least one customer");
    }
    return Fitting.fit(PARAMETERS, new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1},
        v -> new BgBbModel(v[0], v[1], v[2], v[3]).logLikelihood(data), options,
        v -> new BgBbModel(v[0], v[1], v[2], v[3]), model -> model.logLikelihood(data), data.customerCount());
  }

  /** The parameters by name, in order. */
  public Map<String, Double> parameters() {
    return ModelParameters.named(PARAMETERS, alpha, beta, gamma, delta);
  }

  /** The log-likelihood of one customer's history (natural logarithm). */
  public double logLikelihood(OpportunityHistory history) {
    CrmValidationException.required("history", history);
    return logLikelihood(history.transactions(), history.recency(), history.opportunities());
  }

  /** The log-likelihood of every customer of {@code data}. */
  public double logLikelihood(OpportunityData data) {
    CrmValidationException.required("data", data);
    int most = 0;
    for (int row = 0; row < data.size(); row++) {
      most = Math.max(most, data.opportunities(row));
    }
    BgBbLikelihood likelihood = new BgBbLikelihood(alpha, beta, gamma, delta, most);
    double sum = 0.0;
    for (int row = 0; row < data.size(); row++) {
      sum += data.customers(row)
          * likelihood.single(data.transactions(row), data.recency(row), data.opportunities(row));
    }
    return sum;
  }

  /** The probability that a customer with this history is alive at the next opportunity, {@code n + 1}. */
  public double probabilityAlive(OpportunityHistory history) {
    CrmValidationException.required("history", history);
    int x = history.transactions();
    int n = history.opportunities();
    double logAlive = Beta.logBeta(alpha + x, beta + n - x) - Beta.logBeta(alpha, beta)
        + Beta.logBeta(gamma, delta + n + 1) - Beta.logBeta(gamma, delta);
    return Math.exp(logAlive - logLikelihood(x, history.recency(), n));
  }

  /**
   * The expected transactions in the next {@code futureOpportunities} opportunities of a customer with
   * this history (the conditional expectation).
   *
   * @throws CrmValidationException when {@code futureOpportunities} is negative
   */
  public double expectedTransactions(OpportunityHistory history, int futureOpportunities) {
    CrmValidationException.required("history", history);
    requireOpportunities(futureOpportunities);
    if (futureOpportunities == 0) {
      return 0.0;
    }
    int x = history.transactions();
    int n = history.opportunities();
    double logL = logLikelihood(x, history.recency(), n);
    double logLead = Beta.logBeta(alpha + x + 1, beta + n - x) - Beta.logBeta(alpha, beta) - logL;
    return Math.exp(logLead) * survivalSum(n, futureOpportunities);
  }

  /**
   * The expected transactions in the first {@code opportunities} opportunities of a customer drawn at
   * random (the unconditional expectation, {@code E[X(n)]}).
   *
   * @throws CrmValidationException when {@code opportunities} is negative
   */
  public double expectedTransactions(int opportunities) {
    requireOpportunities(opportunities);
    if (opportunities == 0) {
      return 0.0;
    }
    return alpha / (alpha + beta) * survivalSum(0, opportunities);
  }

  /**
   * The probability that a customer drawn at random transacts at exactly {@code x} of the first {@code
   * opportunities} opportunities, {@code P(X(n) = x)}.
   *
   * @throws CrmValidationException when either count is negative
   */
  public double probabilityOfTransactions(int x, int opportunities) {
    ModelParameters.requireCount(x);
    requireOpportunities(opportunities);
    if (x > opportunities) {
      return 0.0;
    }
    int n = opportunities;
    double logBab = Beta.logBeta(alpha, beta);
    double logBgd = Beta.logBeta(gamma, delta);
    double[] terms = new double[n - x + 1];
    terms[0] = logChoose(n, x) + Beta.logBeta(alpha + x, beta + n - x) - logBab
        + Beta.logBeta(gamma, delta + n) - logBgd;
    for (int i = x; i < n; i++) {
      terms[i - x + 1] = logChoose(i, x) + Beta.logBeta(alpha + x, beta + i - x) - logBab
          + Beta.logBeta(gamma + 1, delta + i) - logBgd;
    }
    return Math.exp(LogSpace.sumExp(terms, terms.length));
  }

  /**
   * {@code sum over k = n+1 .. n+m of P(alive at k | alive at n+... )}, in closed form: {@code delta /
   * (gamma - 1) x G(gamma+delta) / G(1+delta) x [G(1+delta+n) / G(gamma+delta+n) - G(1+delta+n+m) /
   * G(gamma+delta+n+m)]}, with its limit at {@code gamma = 1}.
   */
  private double survivalSum(int n, int m) {
    return ModelParameters.nearOne(gamma, g -> {
      double lead = Gamma.logGamma(g + delta) - Gamma.logGamma(1 + delta);
      double now = Gamma.logGamma(1 + delta + n) - Gamma.logGamma(g + delta + n);
      double later = Gamma.logGamma(1 + delta + n + m) - Gamma.logGamma(g + delta + n + m);
      double difference = Math.exp(lead + now) * -Math.expm1(later - now);
      return delta / (g - 1) * difference;
    });
  }

  private double logLikelihood(int x, int tx, int n) {
    return new BgBbLikelihood(alpha, beta, gamma, delta, n).single(x, tx, n);
  }

  private static double logChoose(int n, int k) {
    return Gamma.logGamma(n + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(n - k + 1.0);
  }

  private static void requireOpportunities(int opportunities) {
    if (opportunities < 0) {
      throw CrmValidationException.of("opportunities", "nonNegative", opportunities,
          "a number of opportunities is 0 or more");
    }
  }
}
