package io.crmkit.lifecycle.sla;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;

/**
 * A named service level for a handoff: the time a team has to act once a record enters a stage,
 * measured by the same {@link SlaTimer} as support targets.
 *
 * <pre>{@code
 * Deadline acceptance = Deadline.of("sales-acceptance",
 *     SlaTarget.businessTime(Duration.ofHours(8), salesOffice).withWarningBefore(Duration.ofHours(2)));
 * Deadline firstContact = Deadline.of("success-first-contact", SlaTarget.calendarTime(Duration.ofHours(24)))
 *     .endingAt(DeadlineEnd.FIRST_TOUCH);
 * }</pre>
 *
 * @param name the name its timers and events carry, stripped
 * @param target the time allowed, its calendar and warning
 * @param end what ends it
 */
public record Deadline(String name, SlaTarget target, DeadlineEnd end) {
  /**
   * Checks the deadline.
   *
   * @throws CrmValidationException when a part is missing ({@code required}) or the name is too
   *     long ({@code deadline.name}, {@code length})
   */
  public Deadline {
    name = SlaChecks.name("deadline.name", name);
    CrmValidationException.required("deadline.target", target);
    CrmValidationException.required("deadline.end", end);
  }

  /** A deadline that ends when the record leaves the stage. */
  public static Deadline of(String name, SlaTarget target) {
    return new Deadline(name, target, DeadlineEnd.LEAVING_STAGE);
  }

  /** This deadline ended by something else. */
  public Deadline endingAt(DeadlineEnd end) {
    return new Deadline(name, target, end);
  }

  /** The first cycle of its timer, started at an instant: call when the record enters the stage. */
  public SlaTimer start(Instant at) {
    return start(at, 1);
  }

  /** A cycle of its timer, started at an instant: the second time the record enters the stage is cycle 2. */
  public SlaTimer start(Instant at, int cycle) {
    return SlaTimer.start(name, cycle, target, at);
  }
}
