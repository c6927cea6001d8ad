package io.crmkit.scoring.predictive.logistic;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.CategoricalFeature;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.Feature;
import io.crmkit.scoring.predictive.ModelTrainer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits an L2-regularised {@link LogisticRegressionModel} to a dataset by Newton's method (see the
 * {@linkplain io.crmkit.scoring.predictive.logistic package description} for the encoding and the
 * method).
 *
 * <p>The fit maximises {@code log-likelihood - l2Penalty / 2 x sum of squared weights} (the
 * intercept not penalised) over standardised numbers and one-hot categories. The penalty is on the
 * summed log-likelihood, so it weighs less as the data grow: 1 is a light touch on a thousand leads
 * and next to nothing on a hundred thousand. The design matrix is one {@code double} array of
 * leads x weights; nothing is boxed.
 *
 * @param l2Penalty the L2 penalty, 0 or more (0 needs numeric features that are not collinear and
 *     classes that no feature separates)
 * @param maxIterations the most Newton steps, 1 or more
 * @param tolerance the fit has converged when a step changes no weight (per standard deviation) by
 *     more than this, above 0
 */
public record LogisticRegressionTrainer(double l2Penalty, int maxIterations, double tolerance) implements ModelTrainer {
  /** The penalty unless told otherwise. */
  public static final double DEFAULT_L2_PENALTY = 1.0;

  /** The most Newton steps unless told otherwise (a fit that converges needs about ten). */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  /** The tolerance unless told otherwise. */
  public static final double DEFAULT_TOLERANCE = 1e-8;

  /**
   * Checks the settings.
   *
   * @throws CrmValidationException when the penalty is negative or not finite, the iterations fewer
   *     than 1 or the tolerance not above 0 ({@code trainer.<setting>}, rule {@code range})
   */
  public LogisticRegressionTrainer {
    if (!(l2Penalty >= 0.0 && Double.isFinite(l2Penalty))) {
      throw CrmValidationException.of("trainer.l2Penalty", "range", l2Penalty, "a penalty of 0 or more");
    }
    if (maxIterations < 1) {
      throw CrmValidationException.of("trainer.maxIterations", "range", maxIterations, "at least one step");
    }
    if (!(tolerance > 0.0 && Double.isFinite(tolerance))) {
      throw CrmValidationException.of("trainer.tolerance", "range", tolerance, "a tolerance above 0");
    }
  }

  /** A trainer with the default penalty, steps and tolerance. */
  public static LogisticRegressionTrainer defaults() {
    return new LogisticRegressionTrainer(DEFAULT_L2_PENALTY, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
  }

  /** This trainer with another penalty. */
  public LogisticRegressionTrainer withL2Penalty(double penalty) {
    return new LogisticRegressionTrainer(penalty, maxIterations, tolerance);
  }

  /** This trainer with another limit on Newton steps. */
  public LogisticRegressionTrainer withMaxIterations(int iterations) {
    return new LogisticRegressionTrainer(l2Penalty, iterations, tolerance);
  }

  /** This trainer with another tolerance. */
  public LogisticRegressionTrainer withTolerance(double limit) {
    return new LogisticRegressionTrainer(l2Penalty, maxIterations, limit);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The model says whether the fit converged ({@link LogisticRegressionModel#convergence()}); one
   * that did not holds the last weights reached.
   */
  @Override
  public LogisticRegressionModel train(Dataset closedLeads) {
    CrmValidationException.required("training.leads", closedLeads);
    ModelTrainer.requireBothOutcomes(closedLeads);
    int n = closedLeads.size();
    List<Feature> features = closedLeads.features();
    int[] firstWeight = new int[features.size()];
    int[][] levelWeight = new int[features.size()][];
    int[] missingWeight = new int[features.size()];
    double[] means = new double[features.size()];
    double[] deviations = new double[features.size()];
    int p = 1;
    for (int f = 0; f < features.size(); f++) {
      int missing = 0;
      if (features.get(f) instanceof CategoricalFeature categorical) {
        int[] counts = new int[categorical.levels().size()];
        for (int row = 0; row < n; row++) {
          int level = closedLeads.level(f, row);
          if (level < 0) {
            missing++;
          } else {
            counts[level]++;
          }
        }
        levelWeight[f] = new int[counts.length];
        for (int level = 0; level < counts.length; level++) {
          levelWeight[f][level] = counts[level] > 0 ? p++ : -1;
        }
      } else {
        levelWeight[f] = new int[0];
        double sum = 0.0;
        for (int row = 0; row < n; row++) {
          double x = closedLeads.number(f, row);
          if (Double.isNaN(x)) {
            missing++;
          } else {
            sum += x;
          }
        }
        int present = n - missing;
        means[f] = present == 0 ? 0.0 : sum / present;
        double squares = 0.0;
        for (int row = 0; row < n; row++) {
          double x = closedLeads.number(f, row);
          if (!Double.isNaN(x)) {
            squares += (x - means[f]) * (x - means[f]);
          }
        }
        deviations[f] = present == 0 ? 0.0 : Math.sqrt(squares / present);
        firstWeight[f] = deviations[f] > 0.0 ? p++ : -1;
      }
      missingWeight[f] = missing > 0 && missing < n ? p++ : -1;
    }

    double[] x = new double[Math.multiplyExact(n, p)];
    boolean[] won = new boolean[n];
    for (int row = 0; row < n; row++) {
      int offset = row * p;
      x[offset] = 1.0;
      won[row] = closedLeads.won(row);
      for (int f = 0; f < features.size(); f++) {
        if (features.get(f) instanceof CategoricalFeature) {
          int level = closedLeads.level(f, row);
          if (level < 0) {
            setIfWeighted(x, offset, missingWeight[f]);
          } else {
            setIfWeighted(x, offset, levelWeight[f][level]);
          }
        } else {
          double value = closedLeads.number(f, row);
          if (Double.isNaN(value)) {
            setIfWeighted(x, offset, missingWeight[f]);
          } else if (firstWeight[f] >= 0) {
            x[offset + firstWeight[f]] = (value - means[f]) / deviations[f];
          }
        }
      }
    }

    Newton.Fit fit = Newton.fit(x, n, p, won, l2Penalty, maxIterations, tolerance);
    double[] w = fit.weights();
    List<NumericTerm> numeric = new ArrayList<>();
    List<CategoricalTerm> categorical = new ArrayList<>();
    for (int f = 0; f < features.size(); f++) {
      double missing = missingWeight[f] >= 0 ? w[missingWeight[f]] : 0.0;
      if (features.get(f) instanceof CategoricalFeature feature) {
        Map<String, Double> weights = new HashMap<>();
        for (int level = 0; level < feature.levels().size(); level++) {
          if (levelWeight[f][level] >= 0) {
            weights.put(feature.levels().get(level), w[levelWeight[f][level]]);
          }
        }
        categorical.add(new CategoricalTerm(feature.name(), weights, missing));
      } else {
        double weight = firstWeight[f] >= 0 ? w[firstWeight[f]] : 0.0;
        numeric.add(new NumericTerm(features.get(f).name(), means[f], deviations[f], weight, missing));
      }
    }
    return new LogisticRegressionModel(w[0], numeric, categorical, l2Penalty, fit.convergence());
  }

  private static void setIfWeighted(double[] x, int offset, int column) {
    if (column >= 0) {
      x[offset + column] = 1.0;
    }
  }
}
