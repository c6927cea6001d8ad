package io.crmkit.lifecycle.sla;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;

/**
 * A record's entry into a stage of its lifecycle; it stays until its next visit.
 *
 * @param <S> the type of the lifecycle's stages
 * @param stage the stage entered
 * @param enteredAt when
 */
public record StageVisit<S>(S stage, Instant enteredAt) {
  /**
   * Checks the visit.
   *
   * @throws CrmValidationException when a part is missing (rule {@code required})
   */
  public StageVisit {
    CrmValidationException.required("stageVisit.stage", stage);
    CrmValidationException.required("stageVisit.enteredAt", enteredAt);
  }

  /** Makes a visit. */
  public static <S> StageVisit<S> of(S stage, Instant enteredAt) {
    return new StageVisit<>(stage, enteredAt);
  }
}
