package io.crmkit.analytics.clv.sbg;

import io.crmkit.analytics.clv.DiscountRate;
import io.crmkit.analytics.clv.FitOptions;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.Units;
import io.crmkit.analytics.clv.internal.Fitting;
import io.crmkit.analytics.clv.internal.Hypergeometric2F1;
import io.crmkit.analytics.clv.internal.ModelParameters;
import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Beta;

/**
 * The shifted-beta-geometric model of contract retention (Fader and Hardie 2007): at the end of each
 * period a customer leaves with probability {@code theta ~ Beta(alpha, beta)}, so retention rises
 * with tenure as the customers likely to leave are gone.
 *
 * @param alpha the first shape of the churn probabilities, above 0
 * @param beta the second shape of the churn probabilities, above 0
 * @param unit the length of a contract period
 */
public record ShiftedBetaGeometricModel(double alpha, double beta, ModelTimeUnit unit) {
  /** The parameters' names, in order. */
  public static final List<String> PARAMETERS = List.of("alpha", "beta");

  /**
   * Checks the parameters.
   *
   * @throws CrmValidationException naming {@code shiftedBetaGeometric.<parameter>}, rule {@code
   *     positive}, for a parameter that is not a finite number above 0
   */
  public ShiftedBetaGeometricModel {
    ModelParameters.requirePositive("shiftedBetaGeometric", PARAMETERS, alpha, beta);
    CrmValidationException.required("shiftedBetaGeometric.unit", unit);
  }

  /** Fits the model by maximum likelihood with the default options. */
  public static FitResult<ShiftedBetaGeometricModel> fit(RetentionCohort cohort) {
    return fit(cohort, FitOptions.defaults());
  }

  /** Fits the model by maximum likelihood over log-parameters. */
  public static FitResult<ShiftedBetaGeometricModel> fit(RetentionCohort cohort, FitOptions options) {
    CrmValidationException.required("shiftedBetaGeometric.cohort", cohort);
    CrmValidationException.required("fitOptions", options);
    return Fitting.fit(PARAMETERS, new double[] {1, 1}, new double[] {1, 1},
        v -> logLikelihood(cohort, v[0], v[1]), options,
        v -> new ShiftedBetaGeometricModel(v[0], v[1], cohort.unit()),
        model -> model.logLikelihood(cohort), cohort.active(0));
  }

  /** The parameters by name, in order. */
  public Map<String, Double> parameters() {
    return ModelParameters.named(PARAMETERS, alpha, beta);
  }

  /**
   * The log-likelihood of a cohort: each customer lost in period {@code t} contributes {@code log
   * P(T = t)}, each still active at the end {@code log S(periods)}.
   *
   * @throws CrmValidationException when the cohort's unit is not the model's
   */
  public double logLikelihood(RetentionCohort cohort) {
    CrmValidationException.required("cohort", cohort);
    Units.requireSame("cohort", unit, cohort.unit());
    return logLikelihood(cohort, alpha, beta);
  }

  /** The share of a starting cohort still active after {@code t} periods, {@code B(alpha, beta+t) / B(alpha, beta)}. */
  public double survival(int t) {
    requirePeriod(t, 0);
    return Math.exp(Beta.logBeta(alpha, beta + t) - Beta.logBeta(alpha, beta));
  }

  /**
   * The share of a starting cohort lost in period {@code t} (1 or more), {@code B(alpha+1, beta+t-1) /
   * B(alpha, beta)}.
   */
  public double churnProbability(int t) {
    requirePeriod(t, 1);
    return Math.exp(Beta.logBeta(alpha + 1, beta + t - 1) - Beta.logBeta(alpha, beta));
  }

  /**
   * The share of customers active after period {@code t - 1} who renew in period {@code t}: {@code
   * (beta+t-1) / (alpha+beta+t-1)}.
   */
  public double retentionRate(int t) {
    requirePeriod(t, 1);
    return (beta + t - 1) / (alpha + beta + t - 1);
  }

  /**
   * The discounted expected lifetime of a new customer in periods, payments at the start of each
   * period (the first not discounted): {@code 2F1(1, beta; alpha+beta; 1/(1+d))} (Fader and Hardie
   * 2010). Multiply by the payment per period for the customer's value.
   *
   * @throws CrmValidationException when the rate's unit is not the model's, or the rate is 0 (the
   *     undiscounted lifetime may be infinite: {@code discountRate.perPeriod}, rule {@code positive})
   */
  public double discountedExpectedLifetime(DiscountRate rate) {
    double d = requireRate(rate);
    return Hypergeometric2F1.value(1, beta, alpha + beta, 1 / (1 + d));
  }

  /**
   * The discounted expected residual lifetime in periods of a customer who has renewed {@code renewals}
   * times, just before the next renewal decision (the payment that renewal brings not discounted,
   * each later one a period more): {@code (beta+n)/(alpha+beta+n) 2F1(1, beta+n+1; alpha+beta+n+1;
   * 1/(1+d))} with {@code n = renewals} (Fader and Hardie 2010, eq. 6). A new customer's {@link
   * #discountedExpectedLifetime} is {@code 1 + DERL(0) / (1 + d)}.
   *
   * @throws CrmValidationException as {@link #discountedExpectedLifetime}, or for negative renewals
   */
  public double discountedExpectedResidualLifetime(int renewals, DiscountRate rate) {
    requirePeriod(renewals, 0);
    double d = requireRate(rate);
    double n = renewals;
    return (beta + n) / (alpha + beta + n)
        * Hypergeometric2F1.value(1, beta + n + 1, alpha + beta + n + 1, 1 / (1 + d));
  }

  private double requireRate(DiscountRate rate) {
    CrmValidationException.required("discountRate", rate);
    Units.requireSame("discountRate", unit, rate.unit());
    if (!(rate.perPeriod() > 0)) {
      throw CrmValidationException.of("discountRate.perPeriod", "positive", rate.perPeriod(),
          "undiscounted, the expected lifetime is infinite when alpha <= 1; give a rate above 0");
    }
    return rate.perPeriod();
  }

  private static void requirePeriod(int t, int least) {
    if (t < least) {
      throw CrmValidationException.of("period", least == 0 ? "nonNegative" : "positive", t,
          "a period number of " + least + " or more");
    }
  }

  private static double logLikelihood(RetentionCohort cohort, double alpha, double beta) {
    double logB = Beta.logBeta(alpha, beta);
    double sum = 0.0;
    for (int t = 1; t <= cohort.periods(); t++) {
      long lost = cohort.lost(t);
      if (lost > 0) {
        sum += lost * (Beta.logBeta(alpha + 1, beta + t - 1) - logB);
      }
    }
    long remaining = cohort.active(cohort.periods());
    if (remaining > 0) {
      sum += remaining * (Beta.logBeta(alpha, beta + cohort.periods()) - logB);
    }
    return sum;
  }
}
