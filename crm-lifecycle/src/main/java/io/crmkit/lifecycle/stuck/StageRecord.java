package io.crmkit.lifecycle.stuck;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import java.time.Instant;

/**
 * Where a record stands, as stuck detection needs it: its stage, since when, and when someone last
 * touched it.
 *
 * @param <S> the type of the lifecycle's stages
 * @param recordId the record: a lead, an opportunity, a case
 * @param stage its stage
 * @param enteredAt when it entered the stage
 * @param lastTouchedAt when it was last touched (a call, an e-mail, a meeting); its creation if never
 */
public record StageRecord<S>(AggregateId recordId, S stage, Instant enteredAt, Instant lastTouchedAt) {
  /**
   * Checks the record.
   *
   * @throws CrmValidationException when a part is missing (rule {@code required})
   */
  public StageRecord {
    CrmValidationException.required("stageRecord.recordId", recordId);
    CrmValidationException.required("stageRecord.stage", stage);
    CrmValidationException.required("stageRecord.enteredAt", enteredAt);
    CrmValidationException.required("stageRecord.lastTouchedAt", lastTouchedAt);
  }

  /** Makes the record. */
  public static <S> StageRecord<S> of(AggregateId recordId, S stage, Instant enteredAt, Instant lastTouchedAt) {
    return new StageRecord<>(recordId, stage, enteredAt, lastTouchedAt);
  }
}
