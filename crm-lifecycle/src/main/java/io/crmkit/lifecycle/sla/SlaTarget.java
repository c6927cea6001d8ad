package io.crmkit.lifecycle.sla;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import java.time.Duration;

/**
 * How long a timer may run before it is breached, counted in the business time of a calendar, and
 * how long before that it warns.
 *
 * <p>Calendar time ("within 24 hours") is business time on {@link BusinessCalendar#twentyFourSeven()};
 * business hours ("within 8 business hours") are business time on an office's calendar.
 *
 * @param duration the target, more than zero and at most {@link #MAX_DURATION}
 * @param calendar the calendar whose open time counts
 * @param warningBefore how long before the target the timer warns; zero for no warning, less than
 *     the target
 */
public record SlaTarget(Duration duration, BusinessCalendar calendar, Duration warningBefore) {
  /** The longest target accepted: 100 years of 365 days. */
  public static final Duration MAX_DURATION = Duration.ofDays(36_500);

  /**
   * Checks the target.
   *
   * @throws CrmValidationException when a part is missing (rule {@code required}), the target is not
   *     more than zero or longer than {@link #MAX_DURATION} ({@code slaTarget.duration}, {@code range})
   *     or the warning is negative or not shorter than the target ({@code slaTarget.warningBefore},
   *     {@code range})
   */
  public SlaTarget {
    CrmValidationException.required("slaTarget.duration", duration);
    CrmValidationException.required("slaTarget.calendar", calendar);
    CrmValidationException.required("slaTarget.warningBefore", warningBefore);
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
      throw CrmValidationException.of("slaTarget.duration", "range", duration,
          "a target is more than zero and at most 36500 days");
    }
    if (warningBefore.isNegative() || warningBefore.compareTo(duration) >= 0) {
      throw CrmValidationException.of("slaTarget.warningBefore", "range", warningBefore,
          "a warning comes zero or more before the target of " + duration + " and after the start");
    }
  }

  /** A target in the business time of a calendar, without warning: {@code businessTime(Duration.ofHours(8), office)}. */
  public static SlaTarget businessTime(Duration duration, BusinessCalendar calendar) {
    return new SlaTarget(duration, calendar, Duration.ZERO);
  }

  /** A target in calendar time (around the clock), without warning: {@code calendarTime(Duration.ofHours(24))}. */
  public static SlaTarget calendarTime(Duration duration) {
    return new SlaTarget(duration, BusinessCalendar.twentyFourSeven(), Duration.ZERO);
  }

  /** This target with a warning the given time before it is reached. */
  public SlaTarget withWarningBefore(Duration warning) {
    return new SlaTarget(duration, calendar, warning);
  }

  /** Whether the target counts calendar time: its calendar is open around the clock. */
  public boolean isCalendarTime() {
    return calendar.isTwentyFourSeven();
  }

  /** Whether the timer warns before its target. */
  public boolean warns() {
    return !warningBefore.isZero();
  }

  @Override
  public String toString() {
    String time = isCalendarTime() ? "calendar time" : "business time in " + calendar.zone();
    return duration + " of " + time + (warns() ? ", warning " + warningBefore + " before" : "");
  }
}
