package io.crmkit.scoring.evaluation;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.FeatureValue;
import io.crmkit.scoring.dataset.LeadFacts;
import io.crmkit.scoring.dataset.NumericFeature;
import io.crmkit.scoring.predictive.Factor;
import io.crmkit.scoring.predictive.Prediction;
import io.crmkit.scoring.predictive.PredictiveModel;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which features and values move a model's predictions most over a set of leads: the factors of
 * every lead's prediction, averaged. Works for any {@link PredictiveModel}.
 *
 * <p>Values are the categories, the ranges of numbers (naive Bayes) and "missing"; a plain number
 * (a logistic regression's numeric value) is no value of its own: its feature's influence tells its
 * weight.
 *
 * @param features the features, most influential first
 * @param values the values that pushed some lead, strongest mean push (up or down) first
 */
public record Influence(List<FeatureInfluence> features, List<ValueInfluence> values) {

  /** Copies the lists. */
  public Influence {
    features = List.copyOf(features);
    values = List.copyOf(values);
  }

  /**
   * The influence of a model's features and values over a dataset's leads. Features of the dataset
   * the model does not read are left out of the leads.
   *
   * @throws CrmValidationException when a lead's value is of the wrong kind for the model
   */
  public static Influence of(PredictiveModel model, Dataset leads) {
    CrmValidationException.required("influence.model", model);
    CrmValidationException.required("influence.leads", leads);
    Set<String> known = model.features();
    Map<String, Double> absolute = new LinkedHashMap<>();
    Map<String, Map<String, double[]>> byValue = new LinkedHashMap<>();
    for (int row = 0; row < leads.size(); row++) {
      LeadFacts.Builder facts = LeadFacts.builder();
      Map<String, String> plainNumbers = new HashMap<>();
      for (int column = 0; column < leads.features().size(); column++) {
        String name = leads.feature(column).name();
        if (!known.contains(name)) {
          continue;
        }
        Optional<FeatureValue> value = leads.value(column, row);
        if (value.isPresent()) {
          facts.set(name, value.get());
          if (leads.feature(column) instanceof NumericFeature) {
            plainNumbers.put(name, value.get().text());
          }
        }
      }
      Prediction prediction = model.predict(facts.build());
      for (Factor factor : prediction.factors()) {
        absolute.merge(factor.feature(), Math.abs(factor.logOdds()), Double::sum);
        if (!factor.value().equals(plainNumbers.get(factor.feature()))) {
          double[] sum = byValue.computeIfAbsent(factor.feature(), f -> new LinkedHashMap<>())
              .computeIfAbsent(factor.value(), v -> new double[2]);
          sum[0]++;
          sum[1] += factor.logOdds();
        }
      }
    }
    double n = leads.size();
    List<FeatureInfluence> features = absolute.entrySet().stream()
        .map(e -> new FeatureInfluence(e.getKey(), e.getValue() / n))
        .sorted(Comparator.comparingDouble((FeatureInfluence f) -> -f.meanAbsoluteLogOdds()).thenComparing(FeatureInfluence::feature))
        .toList();
    List<ValueInfluence> values = byValue.entrySet().stream()
        .flatMap(f -> f.getValue().entrySet().stream()
            .map(v -> new ValueInfluence(f.getKey(), v.getKey(), (int) v.getValue()[0], v.getValue()[1] / v.getValue()[0])))
        .sorted(Comparator.comparingDouble((ValueInfluence v) -> -Math.abs(v.meanLogOdds()))
            .thenComparing(ValueInfluence::feature)
            .thenComparing(ValueInfluence::value))
        .toList();
    return new Influence(features, values);
  }

  /** The values that raise the probability most, held by at least {@code minimumLeads} leads. */
  public List<ValueInfluence> pushingUp(int limit, int minimumLeads) {
    return values.stream().filter(v -> v.meanLogOdds() > 0 && v.leads() >= minimumLeads).limit(limit).toList();
  }

  /** The values that lower the probability most, held by at least {@code minimumLeads} leads. */
  public List<ValueInfluence> pushingDown(int limit, int minimumLeads) {
    return values.stream().filter(v -> v.meanLogOdds() < 0 && v.leads() >= minimumLeads).limit(limit).toList();
  }
}
