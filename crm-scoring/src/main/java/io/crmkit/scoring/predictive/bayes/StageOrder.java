package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * The stages of the pipeline in order, and the field that holds a lead's stage. A lost lead's stage
 * is the stage where it was lost.
 *
 * @param field the field of the stage ({@code "stage"})
 * @param stages the stages from first to last, each once (won and lost are outcomes, not stages)
 */
public record StageOrder(String field, List<String> stages) {
  /** Checks the field and the stages. */
  public StageOrder {
    field = CrmValidationException.requiredText("stages.field", field).strip();
    stages = List.copyOf(CrmValidationException.required("stages.stages", stages)).stream()
        .map(s -> CrmValidationException.requiredText("stages.stages", s).strip())
        .toList();
    if (stages.isEmpty()) {
      throw CrmValidationException.of("stages.stages", "required", stages, "at least one stage");
    }
    if (new HashSet<>(stages).size() != stages.size()) {
      throw CrmValidationException.of("stages.stages", "duplicate", stages, "each stage is listed once");
    }
  }

  /** Makes the order: {@code StageOrder.of("stage", "New", "Qualified", "Proposition")}. */
  public static StageOrder of(String field, String... stages) {
    return new StageOrder(field, List.of(stages));
  }

  /** The position of a stage from 0, empty when it is not one of the stages. */
  public OptionalInt position(String stage) {
    int index = stages.indexOf(stage);
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }
}
