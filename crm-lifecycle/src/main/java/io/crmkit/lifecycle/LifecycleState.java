package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a record stands in a lifecycle: its stage and when it entered it. Plain data that the host
 * keeps with the record; a {@link LifecycleDefinition} computes the next state from it.
 *
 * @param stage the record's stage
 * @param enteredAt when the record entered the stage
 */
public record LifecycleState(StageName stage, Instant enteredAt) {
  /** Checks the state. */
  public LifecycleState {
    CrmValidationException.required("state.stage", stage);
    CrmValidationException.required("state.enteredAt", enteredAt);
  }

  /** A state. */
  public static LifecycleState of(StageName stage, Instant enteredAt) {
    return new LifecycleState(stage, enteredAt);
  }

  /**
   * How long the record has been in its stage at {@code asOf}; zero when {@code asOf} is before it
   * entered.
   */
  public Duration timeInStage(Instant asOf) {
    CrmValidationException.required("asOf", asOf);
    return asOf.isAfter(enteredAt) ? Duration.between(enteredAt, asOf) : Duration.ZERO;
  }
}
