package io.crmkit.scoring.predictive.logistic;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.CategoricalFeature;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.Feature;
import io.crmkit.scoring.dataset.FeatureValue;
import io.crmkit.scoring.dataset.LeadFacts;
import io.crmkit.scoring.dataset.NumericFeature;
import io.crmkit.scoring.predictive.Factor;
import io.crmkit.scoring.predictive.Prediction;
import io.crmkit.scoring.predictive.PredictiveModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A fitted logistic regression: the probability of winning is {@code 1 / (1 + exp(-logOdds))} with
 * {@code logOdds = intercept + the pushes of the lead's values} (see {@link NumericTerm#push} and
 * {@link CategoricalTerm#push}; a missing value pushes by the term's missing weight).
 *
 * <p>The model is plain data (weights, training means and standard deviations, the fit's report),
 * so it can be stored and read back. Made by {@link LogisticRegressionTrainer}.
 *
 * @param intercept the log-odds of a lead at the mean of every numeric feature and with no category
 * @param numericTerms the numeric features, in training order
 * @param categoricalTerms the categorical features, in training order
 * @param l2Penalty the penalty the weights were fitted with
 * @param convergence how the fit ended
 */
public record LogisticRegressionModel(
    double intercept,
    List<NumericTerm> numericTerms,
    List<CategoricalTerm> categoricalTerms,
    double l2Penalty,
    Convergence convergence) implements PredictiveModel {

  /**
   * Checks the parts.
   *
   * @throws CrmValidationException when a number is not finite or a feature has two terms
   */
  public LogisticRegressionModel {
    if (!Double.isFinite(intercept)) {
      throw CrmValidationException.of("model.intercept", "finite", intercept, "the intercept is finite");
    }
    numericTerms = List.copyOf(CrmValidationException.required("model.numericTerms", numericTerms));
    categoricalTerms = List.copyOf(CrmValidationException.required("model.categoricalTerms", categoricalTerms));
    if (!(l2Penalty >= 0.0 && Double.isFinite(l2Penalty))) {
      throw CrmValidationException.of("model.l2Penalty", "range", l2Penalty, "0 or more");
    }
    CrmValidationException.required("model.convergence", convergence);
    Set<String> names = new HashSet<>();
    numericTerms.forEach(t -> requireOnce(names, t.feature()));
    categoricalTerms.forEach(t -> requireOnce(names, t.feature()));
  }

  private static void requireOnce(Set<String> names, String feature) {
    if (!names.add(feature)) {
      throw CrmValidationException.of("model.terms", "duplicate", feature, "one term per feature");
    }
  }

  /** The intercept on the features' own scales: the log-odds of a lead whose numbers are all 0 and that has no category. */
  public double interceptPerUnit() {
    double intercept = this.intercept;
    for (NumericTerm term : numericTerms) {
      intercept -= term.weightPerUnit() * term.mean();
    }
    return intercept;
  }

  /** The term of a numeric feature, empty when the model has none. */
  public Optional<NumericTerm> numericTerm(String feature) {
    return numericTerms.stream().filter(t -> t.feature().equals(feature)).findFirst();
  }

  /** The term of a categorical feature, empty when the model has none. */
  public Optional<CategoricalTerm> categoricalTerm(String feature) {
    return categoricalTerms.stream().filter(t -> t.feature().equals(feature)).findFirst();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The factors are the pushes of the lead's values that are not zero: a number's push is
   * relative to the training mean, a missing value's is the term's missing weight.
   */
  @Override
  public Prediction predict(LeadFacts lead) {
    CrmValidationException.required("lead", lead);
    Set<String> known = features();
    for (String name : lead.names()) {
      if (!known.contains(name)) {
        throw CrmValidationException.of("lead." + name, "unknown-feature", name, "the model does not read this feature");
      }
    }
    double logOdds = intercept;
    List<Factor> factors = new ArrayList<>();
    for (NumericTerm term : numericTerms) {
      Optional<FeatureValue> value = lead.value(term.feature());
      double push;
      String text;
      if (value.isEmpty()) {
        push = term.missingWeight();
        text = "missing";
      } else if (value.get() instanceof FeatureValue.Numeric number) {
        push = term.push(number.value());
        text = number.text();
      } else {
        throw CrmValidationException.of(
            "lead." + term.feature(), "not-a-number", value.get().text(), "the model reads this feature as a number");
      }
      logOdds += push;
      if (push != 0.0) {
        factors.add(new Factor(term.feature(), text, push));
      }
    }
    for (CategoricalTerm term : categoricalTerms) {
      Optional<FeatureValue> value = lead.value(term.feature());
      double push;
      String text;
      if (value.isEmpty()) {
        push = term.missingWeight();
        text = "missing";
      } else if (value.get() instanceof FeatureValue.Category category) {
        push = term.push(category.value());
        text = category.value();
      } else {
        throw CrmValidationException.of(
            "lead." + term.feature(), "not-a-category", value.get().text(), "the model reads this feature as a category");
      }
      logOdds += push;
      if (push != 0.0) {
        factors.add(new Factor(term.feature(), text, push));
      }
    }
    return new Prediction(Newton.sigmoid(logOdds), factors);
  }

  @Override
  public double[] probabilities(Dataset leads) {
    double[] logOdds = new double[leads.size()];
    Arrays.fill(logOdds, intercept);
    for (NumericTerm term : numericTerms) {
      OptionalInt column = leads.indexOf(term.feature());
      if (column.isEmpty()) {
        addToAll(logOdds, term.missingWeight());
        continue;
      }
      Feature feature = leads.feature(column.getAsInt());
      if (!(feature instanceof NumericFeature)) {
        throw CrmValidationException.of(
            "dataset." + term.feature(), "not-a-number", "categories", "the model reads this feature as a number");
      }
      for (int row = 0; row < logOdds.length; row++) {
        double x = leads.number(column.getAsInt(), row);
        logOdds[row] += Double.isNaN(x) ? term.missingWeight() : term.push(x);
      }
    }
    for (CategoricalTerm term : categoricalTerms) {
      OptionalInt column = leads.indexOf(term.feature());
      if (column.isEmpty()) {
        addToAll(logOdds, term.missingWeight());
        continue;
      }
      if (!(leads.feature(column.getAsInt()) instanceof CategoricalFeature categorical)) {
        throw CrmValidationException.of(
            "dataset." + term.feature(), "not-a-category", "numbers", "the model reads this feature as a category");
      }
      double[] byLevel = categorical.levels().stream().mapToDouble(term::push).toArray();
      for (int row = 0; row < logOdds.length; row++) {
        int level = leads.level(column.getAsInt(), row);
        logOdds[row] += level < 0 ? term.missingWeight() : byLevel[level];
      }
    }
    for (int row = 0; row < logOdds.length; row++) {
      logOdds[row] = Newton.sigmoid(logOdds[row]);
    }
    return logOdds;
  }

  private static void addToAll(double[] values, double amount) {
    for (int i = 0; i < values.length; i++) {
      values[i] += amount;
    }
  }

  @Override
  public Set<String> features() {
    Set<String> names = new LinkedHashSet<>();
    numericTerms.forEach(t -> names.add(t.feature()));
    categoricalTerms.forEach(t -> names.add(t.feature()));
    return Set.copyOf(names);
  }
}
