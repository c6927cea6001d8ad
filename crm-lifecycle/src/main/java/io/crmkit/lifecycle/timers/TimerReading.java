package io.crmkit.lifecycle.timers;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.sla.SlaState;
import io.crmkit.lifecycle.sla.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One timer of a record as of an instant, as a list of a record's service levels shows it: the
 * cycle, where it stands, how much business time it counted and how much is left.
 *
 * @param timerName the timer's name, such as {@code sales-acceptance}
 * @param cycle the cycle read, from 1
 * @param asOf the instant read at
 * @param state where the cycle stood at {@code asOf}
 * @param elapsed the business time counted by {@code asOf}, pauses excluded; zero or more
 * @param remaining the business time left to the target: the target less {@code elapsed}, negative
 *     once the target is passed
 * @param dueAt when the cycle reaches (or reached) its target if it runs on as recorded; empty when
 *     it stopped or is paused before reaching it ({@link SlaTimer#dueAt()})
 */
public record TimerReading(
    String timerName, int cycle, Instant asOf, SlaState state, Duration elapsed, Duration remaining,
    Optional<Instant> dueAt) {
  /**
   * Checks the reading.
   *
   * @throws CrmValidationException rule {@code required} for a missing part; field
   *     {@code timerReading.cycle} or {@code timerReading.elapsed}, rule {@code range}, for a cycle
   *     below 1 or a negative elapsed time
   */
  public TimerReading {
    timerName = CrmValidationException.requiredText("timerReading.timerName", timerName);
    if (cycle < 1) {
      throw CrmValidationException.of("timerReading.cycle", "range", cycle, "cycles are numbered from 1");
    }
    CrmValidationException.required("timerReading.asOf", asOf);
    CrmValidationException.required("timerReading.state", state);
    if (CrmValidationException.required("timerReading.elapsed", elapsed).isNegative()) {
      throw CrmValidationException.of("timerReading.elapsed", "range", elapsed, "zero or more");
    }
    CrmValidationException.required("timerReading.remaining", remaining);
    CrmValidationException.required("timerReading.dueAt", dueAt);
  }

  /**
   * A cycle of a timer read at an instant.
   *
   * @throws CrmValidationException field {@code slaTimer.at}, rule {@code order}, for an instant
   *     before the cycle started
   */
  public static TimerReading of(SlaTimer timer, Instant asOf) {
    CrmValidationException.required("timer", timer);
    Duration elapsed = timer.elapsed(asOf);
    return new TimerReading(timer.name(), timer.cycle(), asOf, timer.state(asOf), elapsed,
        timer.target().duration().minus(elapsed), timer.dueAt());
  }

  /** Whether the cycle had reached its target at {@link #asOf()}: breached while running, or missed. */
  public boolean isBreached() {
    return state.isBreached();
  }
}
