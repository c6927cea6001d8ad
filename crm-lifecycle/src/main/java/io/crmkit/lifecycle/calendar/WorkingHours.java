package io.crmkit.lifecycle.calendar;

import io.crmkit.core.CrmValidationException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One period of work within a day, from a local time up to (not including) a later one, read on the
 * wall clock of the calendar's time zone.
 *
 * <p>An end of {@code 00:00} means midnight at the end of the day, so {@code 00:00-00:00} is the
 * whole day and {@code 22:00-00:00} the last two hours of it. Periods never cross midnight: an
 * overnight shift is two periods, one on each day, which {@link BusinessCalendar.Builder#openOvernight}
 * adds in one call.
 *
 * @param from the local time work starts, inclusive
 * @param to the local time work stops, exclusive; {@code 00:00} for midnight at the end of the day
 */
public record WorkingHours(LocalTime from, LocalTime to) {
  /** Nanoseconds in a day on the wall clock. */
  static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private static final WorkingHours ALL_DAY = new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  /**
   * Checks that the period lies within one day and is not empty.
   *
   * @throws CrmValidationException when a time is missing (rule {@code required}), the period is
   *     empty ({@code empty}) or ends before it starts ({@code overnight})
   */
  public WorkingHours {
    CrmValidationException.required("workingHours.from", from);
    CrmValidationException.required("workingHours.to", to);
    if (from.equals(to) && !to.equals(LocalTime.MIDNIGHT)) {
      throw CrmValidationException.of("workingHours.to", "empty", from + "-" + to,
          "working hours end after they start");
    }
    if (to.isBefore(from) && !to.equals(LocalTime.MIDNIGHT)) {
      throw CrmValidationException.of("workingHours.to", "overnight", from + "-" + to,
          "working hours end on the day they start; add an overnight shift as two periods with "
              + "BusinessCalendar.Builder.openOvernight");
    }
  }

  /** Makes a period, e.g. {@code of(LocalTime.of(9, 0), LocalTime.of(17, 0))}. */
  public static WorkingHours of(LocalTime from, LocalTime to) {
    return new WorkingHours(from, to);
  }

  /**
   * Makes a period from ISO local times, e.g. {@code of("09:00", "17:30")}; {@code "24:00"} is
   * accepted as the end of the day (not as a start).
   *
   * @throws CrmValidationException when a text is not a time (rule {@code invalid}) or the period is
   *     refused by the constructor
   */
  public static WorkingHours of(String from, String to) {
    return new WorkingHours(parse("workingHours.from", from, false), parse("workingHours.to", to, true));
  }

  /** The whole day, {@code 00:00-24:00}. */
  public static WorkingHours allDay() {
    return ALL_DAY;
  }

  /** Whether the period runs to midnight at the end of the day. */
  public boolean endsAtMidnight() {
    return to.equals(LocalTime.MIDNIGHT);
  }

  /** Whether the period is the whole day. */
  public boolean isAllDay() {
    return equals(ALL_DAY);
  }

  /**
   * The length of the period on the wall clock; the time that passes differs on the days the clocks
   * change (see {@link BusinessCalendar}).
   */
  public Duration length() {
    return Duration.ofNanos(endNano() - startNano());
  }

  /** Whether the local time lies in the period (start inclusive, end exclusive). */
  public boolean contains(LocalTime time) {
    long nano = time.toNanoOfDay();
    return nano >= startNano() && nano < endNano();
  }

  /** The period as {@code 09:00-17:00}, with {@code 24:00} for the end of the day. */
  @Override
  public String toString() {
    return from + "-" + (endsAtMidnight() ? "24:00" : to.toString());
  }

  long startNano() {
    return from.toNanoOfDay();
  }

  long endNano() {
    return endsAtMidnight() ? NANOS_PER_DAY : to.toNanoOfDay();
  }

  /**
   * The periods of one day in order, touching periods joined ({@code 09:00-12:00} and
   * {@code 12:00-13:00} become {@code 09:00-13:00}).
   *
   * @throws CrmValidationException naming {@code field} with rule {@code overlap} when two periods
   *     share time, or {@code required} when a period is missing
   */
  static List<WorkingHours> normalise(String field, List<WorkingHours> periods) {
    List<WorkingHours> sorted = new ArrayList<>(periods.size());
    for (WorkingHours p : periods) {
      sorted.add(CrmValidationException.required(field, p));
    }
    sorted.sort(Comparator.comparingLong(WorkingHours::startNano));
    List<WorkingHours> joined = new ArrayList<>(sorted.size());
    for (WorkingHours p : sorted) {
      if (joined.isEmpty()) {
        joined.add(p);
        continue;
      }
      WorkingHours last = joined.get(joined.size() - 1);
      if (p.startNano() < last.endNano()) {
        throw CrmValidationException.of(field, "overlap", last + " and " + p,
            "working hours of one day must not overlap");
      }
      if (p.startNano() == last.endNano()) {
        joined.set(joined.size() - 1, new WorkingHours(last.from(), p.to()));
      } else {
        joined.add(p);
      }
    }
    return List.copyOf(joined);
  }

  private static LocalTime parse(String field, String text, boolean endOfDayAllowed) {
    String t = CrmValidationException.requiredText(field, text);
    if (t.equals("24:00")) {
      if (!endOfDayAllowed) {
        throw CrmValidationException.of(field, "invalid", text, "working hours start at 23:59:59 at the latest");
      }
      return LocalTime.MIDNIGHT;
    }
    try {
      return LocalTime.parse(t);
    } catch (DateTimeParseException e) {
      throw CrmValidationException.of(field, "invalid", text, "a local time such as 09:00 or 17:30");
    }
  }
}
