package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * A rule that matches a pair outright, ahead of the probabilistic model: every listed field is
 * present in both records and equal in matching form (the same e-mail address, the same phone
 * number, the same device id). The pair is a {@link Decision#MATCH} whatever its weight, and its
 * explanation names the rule.
 *
 * @param name the rule's name in explanations
 * @param fields the fields that must all agree exactly
 */
public record DeterministicRule(String name, List<String> fields) {
  /** Checks the name and the fields. */
  public DeterministicRule {
    name = CrmValidationException.requiredText("deterministicRule.name", name);
    CrmValidationException.required("deterministicRule.fields", fields);
    if (fields.isEmpty()) {
      throw CrmValidationException.of("deterministicRule.fields", "required", name, "at least one field");
    }
    fields = fields.stream().map(f -> CrmValidationException.requiredText("deterministicRule.fields", f)).distinct()
        .toList();
  }

  /** A rule on exact agreement of the given fields, named after them ({@code exact email}). */
  public static DeterministicRule exact(String... fields) {
    return new DeterministicRule("exact " + String.join(" + ", fields), List.of(fields));
  }
}
