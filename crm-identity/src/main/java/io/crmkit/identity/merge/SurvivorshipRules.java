package io.crmkit.identity.merge;

import io.crmkit.core.CrmValidationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The survivorship rules of every field, as data: a list of {@link SurvivorshipRule}s per field
 * name, and the rules of any field not listed (custom fields are named {@code customFields.<name>}).
 *
 * <pre>{@code
 * SurvivorshipRules rules = ContactSurvivorship.defaultRules()
 *     .with("jobTitle", SurvivorshipRule.sourcePriority("hr system", "crm"), SurvivorshipRule.mostRecent())
 *     .with("customFields.tier", SurvivorshipRule.mostFrequent());
 * }</pre>
 *
 * @param byField the rules of each listed field, applied in order
 * @param otherwise the rules of every field not listed
 */
public record SurvivorshipRules(Map<String, List<SurvivorshipRule>> byField, List<SurvivorshipRule> otherwise) {

  /** Checks and keeps immutable copies, in the order given. */
  public SurvivorshipRules {
    CrmValidationException.required("survivorshipRules.byField", byField);
    Map<String, List<SurvivorshipRule>> copy = new LinkedHashMap<>();
    byField.forEach((field, rules) -> copy.put(CrmValidationException.requiredText("survivorshipRules.field", field),
        checked("survivorshipRules." + field, rules)));
    byField = Collections.unmodifiableMap(copy);
    otherwise = checked("survivorshipRules.otherwise", otherwise);
  }

  /** Rules that decide every field by {@code otherwise} alone. */
  public static SurvivorshipRules of(SurvivorshipRule... otherwise) {
    return new SurvivorshipRules(Map.of(), Arrays.asList(otherwise));
  }

  /** These rules with {@code field} decided by {@code rules}, in this order; these rules are unchanged. */
  public SurvivorshipRules with(String field, SurvivorshipRule... rules) {
    CrmValidationException.requiredText("survivorshipRules.field", field);
    Map<String, List<SurvivorshipRule>> copy = new LinkedHashMap<>(byField);
    copy.put(field, Arrays.asList(rules));
    return new SurvivorshipRules(copy, otherwise);
  }

  /** The rules of a field: its own, or {@link #otherwise()}. */
  public List<SurvivorshipRule> rulesFor(String field) {
    return byField.getOrDefault(field, otherwise);
  }

  private static List<SurvivorshipRule> checked(String field, List<SurvivorshipRule> rules) {
    CrmValidationException.required(field, rules);
    if (rules.stream().anyMatch(Objects::isNull)) {
      throw CrmValidationException.of(field, "required", rules, "a rule is missing");
    }
    return List.copyOf(rules);
  }
}
