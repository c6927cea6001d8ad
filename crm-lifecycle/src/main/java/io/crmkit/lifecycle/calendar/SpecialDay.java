package io.crmkit.lifecycle.calendar;

import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An exception to the weekly hours on one date: other hours (a working Saturday, a half day on
 * 24 December) or none (a closure that is not a holiday).
 *
 * <p>A special day replaces all the weekly hours of its date and wins over a holiday on the same
 * date, so a company can import a country's holidays and still open on one of them.
 *
 * @param date the local date in the calendar's time zone
 * @param hours the periods of work that day, in order, touching periods joined; empty when closed
 */
public record SpecialDay(LocalDate date, List<WorkingHours> hours) {
  /**
   * Checks the date and puts the periods in order.
   *
   * @throws CrmValidationException when the date or a period is missing (rule {@code required}) or
   *     two periods share time ({@code overlap})
   */
  public SpecialDay {
    CrmValidationException.required("specialDay.date", date);
    hours = WorkingHours.normalise("specialDay.hours", CrmValidationException.required("specialDay.hours", hours));
  }

  /** A date on which the calendar is closed all day. */
  public static SpecialDay closed(LocalDate date) {
    return new SpecialDay(date, List.of());
  }

  /** A date with its own periods of work, e.g. {@code open(christmasEve, WorkingHours.of("09:00", "12:00"))}. */
  public static SpecialDay open(LocalDate date, WorkingHours... hours) {
    return new SpecialDay(date, Arrays.asList(CrmValidationException.required("specialDay.hours", hours)));
  }

  /** Whether the calendar is closed all that day. */
  public boolean isClosed() {
    return hours.isEmpty();
  }
}
