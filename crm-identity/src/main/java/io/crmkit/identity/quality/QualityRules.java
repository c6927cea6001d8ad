package io.crmkit.identity.quality;

import io.crmkit.core.CrmValidationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a data-quality report checks, as data: the checks of each field and the completion bar a
 * field should reach.
 *
 * <pre>{@code
 * QualityRules rules = QualityRules.defaults()
 *     .with("mobile", new ValueCheck.PhoneCheck(Optional.of("country"), "DE"))
 *     .withCompletionBar(0.9);
 * }</pre>
 *
 * @param checks the checks of each field, by field name, run on every value of the field
 * @param completionBar the share of records a field should be filled in, from 0 to 1
 */
public record QualityRules(Map<String, List<ValueCheck>> checks, double completionBar) {
  /** The usual completion bar: 80 % of records fill a field. */
  public static final double DEFAULT_COMPLETION_BAR = 0.8;

  /** Checks the parts and keeps immutable copies. */
  public QualityRules {
    CrmValidationException.required("qualityRules.checks", checks);
    Map<String, List<ValueCheck>> copy = new LinkedHashMap<>();
    checks.forEach((field, list) -> {
      String name = CrmValidationException.requiredText("qualityRules.field", field).strip();
      CrmValidationException.required("qualityRules.checks." + name, list);
      if (list.stream().anyMatch(Objects::isNull)) {
        throw CrmValidationException.of("qualityRules.checks." + name, "required", list, "a check is missing");
      }
      copy.put(name, List.copyOf(list));
    });
    checks = Collections.unmodifiableMap(copy);
    if (!(completionBar >= 0 && completionBar <= 1)) {
      throw CrmValidationException.of("qualityRules.completionBar", "range", completionBar, "a share from 0 to 1");
    }
  }

  /**
   * The default checks: {@code email} by {@link ValueCheck.EmailCheck#defaults()}, {@code phone} by
   * {@link ValueCheck.PhoneCheck#defaults()} (the record's {@code country}), {@code birthDate} by
   * {@link ValueCheck.BirthDateCheck#defaults()}; a completion bar of 80 %. {@link ContactRecords}
   * names a contact's fields to match.
   */
  public static QualityRules defaults() {
    return new QualityRules(Map.of(), DEFAULT_COMPLETION_BAR)
        .with("email", ValueCheck.EmailCheck.defaults())
        .with("phone", ValueCheck.PhoneCheck.defaults())
        .with("birthDate", ValueCheck.BirthDateCheck.defaults());
  }

  /** These rules with the field checked by these checks (replacing its former ones); these rules are unchanged. */
  public QualityRules with(String field, ValueCheck... fieldChecks) {
    Map<String, List<ValueCheck>> copy = new LinkedHashMap<>(checks);
    copy.put(CrmValidationException.requiredText("qualityRules.field", field).strip(), Arrays.asList(fieldChecks));
    return new QualityRules(copy, completionBar);
  }

  /** These rules with another completion bar, from 0 to 1. */
  public QualityRules withCompletionBar(double bar) {
    return new QualityRules(checks, bar);
  }

  /** The checks of a field; none when not listed. */
  public List<ValueCheck> checksOf(String field) {
    return checks.getOrDefault(field, List.of());
  }
}
