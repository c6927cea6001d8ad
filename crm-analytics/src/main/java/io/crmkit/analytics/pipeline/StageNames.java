package io.crmkit.analytics.pipeline;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.opportunity.Stage;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds the stages a CSV file names, case ignored, among the stages a host uses. */
final class StageNames {
  private final Map<String, Stage> byName = new LinkedHashMap<>();

  StageNames(Collection<Stage> stages) {
    CrmValidationException.required("stages", stages);
    for (Stage stage : stages) {
      if (byName.put(stage.name().toLowerCase(Locale.ROOT), stage) != null) {
        throw CrmValidationException.of("stages", "duplicate", stage, "each stage name appears once");
      }
    }
  }

  /** The stage of that name; refused with rule {@code one-of} naming {@code column}. */
  Stage named(String column, String name) {
    Stage stage = byName.get(name.strip().toLowerCase(Locale.ROOT));
    if (stage == null) {
      throw CrmValidationException.of(column, "one-of", name, "one of the stages " + List.copyOf(byName.values()));
    }
    return stage;
  }
}
