package io.crmkit.analytics.clv.internal;

import io.crmkit.analytics.clv.FitOptions;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelFit;
import io.crmkit.analytics.clv.ParameterEstimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The maximum-likelihood fit that every CLV model shares: maximise over log-parameters with the L2
 * penalty, then turn the outcome into a {@link FitResult} with standard errors.
 */
public final class Fitting {
  private Fitting() {}

  /** A log-likelihood of the fitted (possibly rescaled) parameters. */
  @FunctionalInterface
  public interface LogLikelihood {
    /** The summed log-likelihood at {@code parameters} (not logs); may be non-finite or throw where undefined. */
    double at(double[] parameters);
  }

  /**
   * Fits a model.
   *
   * @param names the parameters' names
   * @param start the starting parameters (as fitted, rescaled)
   * @param toNatural each parameter's factor from the fitted scale to the data's units (1 for a
   *     parameter that no rescaling touches)
   * @param logLikelihood the log-likelihood of the fitted-scale parameters
   * @param options penalty, iterations and tolerance
   * @param model makes the model from natural parameters
   * @param naturalLogLikelihood the model's log-likelihood on the data in its own units
   * @param customers the customers fitted
   */
  public static <M> FitResult<M> fit(
      List<String> names, double[] start, double[] toNatural, LogLikelihood logLikelihood, FitOptions options,
      Function<double[], M> model, ToDoubleFunction<M> naturalLogLikelihood, long customers) {
    int k = names.size();
    double penalty = options.l2Penalty();
    MaximumLikelihood.Objective objective = logParameters -> {
      double[] parameters = new double[k];
      double squares = 0.0;
      for (int i = 0; i < k; i++) {
        parameters[i] = Math.exp(logParameters[i]);
        double natural = parameters[i] * toNatural[i];
        squares += natural * natural;
      }
      try {
        double value = logLikelihood.at(parameters) - penalty / 2.0 * squares;
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
      } catch (ArithmeticException | IllegalArgumentException undefined) {
        return Double.NEGATIVE_INFINITY;
      }
    };
    double[] logStart = new double[k];
    for (int i = 0; i < k; i++) {
      logStart[i] = Math.log(start[i]);
    }
    MaximumLikelihood.Outcome outcome =
        MaximumLikelihood.maximise(objective, logStart, names, options.maxIterations(), options.tolerance());
    double[] natural = new double[k];
    Map<String, Double> last = new LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      natural[i] = Math.exp(outcome.logParameters()[i]) * toNatural[i];
      last.put(names.get(i), natural[i]);
    }
    if (!outcome.converged()) {
      return new FitResult.NotConverged<>(outcome.reason(), last, outcome.iterations());
    }
    double[][] covariance = MaximumLikelihood.covariance(outcome.hessian());
    if (covariance.length == 0) {
      return new FitResult.NotConverged<>("the Hessian at the maximum is not negative definite: these data do not"
          + " identify every parameter", last, outcome.iterations());
    }
    M fitted = model.apply(natural);
    List<ParameterEstimate> estimates = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      estimates.add(new ParameterEstimate(names.get(i), natural[i], natural[i] * Math.sqrt(covariance[i][i])));
    }
    double logLikelihoodValue = naturalLogLikelihood.applyAsDouble(fitted);
    return new FitResult.Converged<>(fitted, new ModelFit(estimates, logLikelihoodValue, penalty, customers,
        outcome.iterations(), outcome.evaluations()));
  }
}
