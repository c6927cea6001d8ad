package io.crmkit.lifecycle.stuck;

import io.crmkit.core.CrmValidationException;
import java.time.Duration;
import java.time.Instant;

/**
 * A record a rule finds stuck: since when, and for how long.
 *
 * @param <S> the type of the lifecycle's stages
 * @param record the record
 * @param rule the rule it breaks
 * @param since when it became stuck: the instant the measured time reached the limit
 * @param measured the business time measured, the limit or more: in the stage, or since the last touch
 */
public record StuckFinding<S>(StageRecord<S> record, StuckRule<S> rule, Instant since, Duration measured) {
  /**
   * Checks the finding.
   *
   * @throws CrmValidationException when a part is missing (rule {@code required})
   */
  public StuckFinding {
    CrmValidationException.required("stuckFinding.record", record);
    CrmValidationException.required("stuckFinding.rule", rule);
    CrmValidationException.required("stuckFinding.since", since);
    CrmValidationException.required("stuckFinding.measured", measured);
  }

  /** How far past the limit the record is, in the rule's business time; zero when it just reached it. */
  public Duration overLimit() {
    return measured.minus(rule.limit());
  }
}
