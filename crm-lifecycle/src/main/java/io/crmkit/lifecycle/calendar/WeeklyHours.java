package io.crmkit.lifecycle.calendar;

import io.crmkit.core.CrmValidationException;
import java.time.DayOfWeek;

/**
 * A period of work on every occurrence of a weekday.
 *
 * @param day the weekday
 * @param hours the period on that day
 */
public record WeeklyHours(DayOfWeek day, WorkingHours hours) {
  /**
   * Checks the parts.
   *
   * @throws CrmValidationException when a part is missing (rule {@code required})
   */
  public WeeklyHours {
    CrmValidationException.required("weeklyHours.day", day);
    CrmValidationException.required("weeklyHours.hours", hours);
  }

  /** Makes the weekly period. */
  public static WeeklyHours of(DayOfWeek day, WorkingHours hours) {
    return new WeeklyHours(day, hours);
  }

  @Override
  public String toString() {
    return day + " " + hours;
  }
}
