package io.crmkit.scoring.dataset;

import io.crmkit.core.CrmValidationException;
import java.util.HashSet;
import java.util.List;

/**
 * A categorical column of a dataset, such as an industry, with the categories it holds.
 *
 * @param name the feature's name
 * @param levels the categories, each once, in order of first appearance; a value of the column is
 *     an index into this list
 */
public record CategoricalFeature(String name, List<String> levels) implements Feature {
  /** Checks the name and the levels. */
  public CategoricalFeature {
    name = CrmValidationException.requiredText("feature.name", name).strip();
    levels = List.copyOf(CrmValidationException.required("feature.levels", levels));
    if (new HashSet<>(levels).size() != levels.size()) {
      throw CrmValidationException.of("feature." + name, "duplicate-level", levels, "each category is listed once");
    }
  }
}
