package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * The m and u probabilities of one comparison's levels: m is the chance a matching pair lands on
 * the level, u the chance a non-matching pair does. Index 0 is the missing level, which carries no
 * evidence: its m and u are 1, its weight 0. The other levels' m sum to 1, as do their u.
 *
 * @param comparison the comparison's name
 * @param levels the level labels by number ({@code missing}, ..., {@code else})
 * @param m the m probability by level number
 * @param u the u probability by level number
 */
public record FieldParameters(String comparison, List<String> levels, List<Double> m, List<Double> u) {
  /** Checks the lists line up and hold probabilities above 0 and at most 1. */
  public FieldParameters {
    comparison = CrmValidationException.requiredText("parameters.comparison", comparison);
    levels = List.copyOf(CrmValidationException.required("parameters.levels", levels));
    m = List.copyOf(CrmValidationException.required("parameters.m", m));
    u = List.copyOf(CrmValidationException.required("parameters.u", u));
    if (levels.size() < 3 || m.size() != levels.size() || u.size() != levels.size()) {
      throw CrmValidationException.of("parameters.levels", "size", levels.size(),
          "missing, at least one level and else, with one m and one u each");
    }
    for (int level = 1; level < levels.size(); level++) {
      check("parameters.m", m.get(level));
      check("parameters.u", u.get(level));
    }
  }

  private static void check(String field, double p) {
    if (!(p > 0 && p <= 1)) {
      throw CrmValidationException.of(field, "range", p, "a probability above 0 and at most 1");
    }
  }

  /** The weight of a level: {@code log2(m / u)} bits, 0 for the missing level. */
  public double weight(int level) {
    return level == 0 ? 0.0 : Math.log(m.get(level) / u.get(level)) / Math.log(2);
  }
}
