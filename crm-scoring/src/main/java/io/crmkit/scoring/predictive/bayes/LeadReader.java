package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.dataset.FeatureValue;
import io.crmkit.scoring.dataset.LeadFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a lead's facts the way the settings say: its team, the value each field is counted by, what a closed lead counts at. */
final class LeadReader {
  private final NaiveBayesSettings settings;
  private final Set<String> known;
  private final Map<String, NumericBins> bins = new HashMap<>();
  private final List<String> scoredFields;

  LeadReader(NaiveBayesSettings settings) {
    this.settings = settings;
    this.known = settings.features();
    settings.numericBins().forEach(b -> bins.put(b.field(), b));
    List<String> fields = new ArrayList<>(settings.fields());
    settings.stages().ifPresent(s -> fields.add(s.field()));
    this.scoredFields = List.copyOf(fields);
  }

  /** The fields a score multiplies over: the counted fields, then the stage field. */
  List<String> scoredFields() {
    return scoredFields;
  }

  /** The ranges of a numeric field, empty for a categorical one. */
  Optional<NumericBins> bins(String field) {
    return Optional.ofNullable(bins.get(field));
  }

  /** Refuses a lead with a feature the settings do not know. */
  void requireKnown(LeadFacts lead) {
    for (String name : lead.names()) {
      if (!known.contains(name)) {
        throw CrmValidationException.of("lead." + name, "unknown-feature", name, "the model does not read this feature");
      }
    }
  }

  /** The team of a lead: its team field's value, or {@link NaiveBayesModel#NO_TEAM}. */
  String teamOf(LeadFacts lead) {
    if (settings.teamField().isEmpty()) {
      return NaiveBayesModel.NO_TEAM;
    }
    String field = settings.teamField().get();
    return lead.value(field).map(v -> category(field, v)).orElse(NaiveBayesModel.NO_TEAM);
  }

  /** The value a field is counted and scored by: a category, or the range of a number; empty when missing. */
  Optional<String> valueOf(String field, LeadFacts lead) {
    Optional<FeatureValue> value = lead.value(field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    NumericBins ranges = bins.get(field);
    if (ranges != null) {
      if (!(value.get() instanceof FeatureValue.Numeric number)) {
        throw CrmValidationException.of(
            "lead." + field, "not-a-number", value.get().text(), "the model cuts this field into ranges of numbers");
      }
      return Optional.of(ranges.label(number.value()));
    }
    return Optional.of(category(field, value.get()));
  }

  /**
   * The (field, value) pairs a closed lead counts at: its value of every counted field that has one
   * and, under the stage rule, every stage for a won lead, the stages up to its own for a lost one.
   */
  List<Map.Entry<String, String>> countedValues(ClosedLead lead) {
    requireKnown(lead.facts());
    List<Map.Entry<String, String>> values = new ArrayList<>();
    for (String field : settings.fields()) {
      valueOf(field, lead.facts()).ifPresent(v -> values.add(Map.entry(field, v)));
    }
    if (settings.stages().isPresent()) {
      StageOrder order = settings.stages().get();
      List<String> stages = order.stages();
      if (lead.isWon()) {
        stages.forEach(s -> values.add(Map.entry(order.field(), s)));
      } else {
        Optional<String> stage = lead.facts().value(order.field()).map(v -> category(order.field(), v));
        if (stage.isPresent()) {
          int lostAt = lostAt(order, stage.get());
          stages.subList(0, lostAt + 1).forEach(s -> values.add(Map.entry(order.field(), s)));
        }
      }
    }
    return values;
  }

  /** The position of the stage where a lead was lost. */
  static int lostAt(StageOrder order, String stage) {
    return order.position(stage).orElseThrow(() -> CrmValidationException.of(
        "lead." + order.field(), "unknown-stage", stage, "the stages are " + order.stages()));
  }

  private static String category(String field, FeatureValue value) {
    if (!(value instanceof FeatureValue.Category category)) {
      throw CrmValidationException.of(
          "lead." + field, "not-a-category", value.text(), "the model counts this field's categories");
    }
    return category.value();
  }
}
