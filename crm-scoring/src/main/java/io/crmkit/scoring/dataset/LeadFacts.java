package io.crmkit.scoring.dataset;

import io.crmkit.core.CrmValidationException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What is known about one lead, as feature values by feature name ({@code "industry" -> Retail},
 * {@code "employees" -> 120}). A feature without a value is absent: missing values are not stored.
 *
 * <p>Feature names are stripped of surrounding white space and compared exactly (case matters, as
 * in a CSV header). The values iterate in the order of their names.
 *
 * @param values the values by feature name, unmodifiable
 */
public record LeadFacts(Map<String, FeatureValue> values) {
  private static final LeadFacts NONE = new LeadFacts(Map.of());

  /**
   * Checks the names and copies the values.
   *
   * @throws CrmValidationException when a name is blank ({@code lead.feature}, rule {@code required})
   *     or a value is missing ({@code lead.<name>}, rule {@code required})
   */
  public LeadFacts {
    CrmValidationException.required("lead.values", values);
    TreeMap<String, FeatureValue> copy = new TreeMap<>();
    values.forEach(
        (name, value) -> {
          String n = CrmValidationException.requiredText("lead.feature", name).strip();
          FeatureValue v = CrmValidationException.required("lead." + n, value);
          if (copy.put(n, v) != null) {
            throw CrmValidationException.of("lead.feature", "duplicate", n, "a feature is named twice");
          }
        });
    values = Collections.unmodifiableMap(copy);
  }

  /** A lead about which nothing is known. */
  public static LeadFacts none() {
    return NONE;
  }

  /** Starts the facts of a lead: {@code LeadFacts.builder().set("industry", "Retail").set("employees", 120).build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value of a feature, empty when missing. */
  public Optional<FeatureValue> value(String feature) {
    return Optional.ofNullable(values.get(feature));
  }

  /** The names of the features that have a value, in order. */
  public Set<String> names() {
    return values.keySet();
  }

  /** Gathers the values of a lead's features; a later value of the same feature replaces an earlier one. */
  public static final class Builder {
    private final TreeMap<String, FeatureValue> values = new TreeMap<>();

    private Builder() {}

    /** Sets a categorical value. A null or blank text is a missing value: the feature is left out. */
    public Builder set(String feature, String category) {
      String name = CrmValidationException.requiredText("lead.feature", feature).strip();
      if (category == null || category.isBlank()) {
        values.remove(name);
      } else {
        values.put(name, new FeatureValue.Category(category));
      }
      return this;
    }

    /**
     * Sets a numeric value.
     *
     * @throws CrmValidationException when the number is NaN or infinite
     */
    public Builder set(String feature, double number) {
      values.put(CrmValidationException.requiredText("lead.feature", feature).strip(), new FeatureValue.Numeric(number));
      return this;
    }

    /** Sets a value. */
    public Builder set(String feature, FeatureValue value) {
      values.put(
          CrmValidationException.requiredText("lead.feature", feature).strip(),
          CrmValidationException.required("lead." + feature, value));
      return this;
    }

    /** The lead's facts. */
    public LeadFacts build() {
      return new LeadFacts(values);
    }
  }
}
