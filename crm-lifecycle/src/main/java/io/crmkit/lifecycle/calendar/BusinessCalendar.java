package io.crmkit.lifecycle.calendar;

import io.crmkit.core.CrmValidationException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When a team works: periods of work per weekday read on the wall clock of a time zone, holidays,
 * and special days with other hours; and the business time that lies between two instants or that
 * a duration of business time reaches from an instant.
 *
 * <p>Business time is time that passes while the calendar is open, in real (elapsed) time: an
 * opening from 09:00 to 17:00 is eight hours on every ordinary day. The days the clocks change are
 * handled through the local clock: each boundary of a period is the first instant at which the clock
 * of the zone shows that time or a later one. So:
 *
 * <ul>
 *   <li>when the clocks go forward (Europe/Berlin, last Sunday of March, 02:00 becomes 03:00), a
 *       period within the skipped hour is not worked that day and one that spans it is an hour
 *       shorter ({@code 01:00-04:00} lasts two hours); a whole-day calendar has a 23-hour day;
 *   <li>when the clocks go back (last Sunday of October, 03:00 becomes 02:00), a period that spans
 *       the repeated hour is an hour longer ({@code 01:00-04:00} lasts four hours), a period that
 *       starts or ends inside it starts or ends the first time the clock shows that time, and a
 *       whole-day calendar has a 25-hour day.
 * </ul>
 *
 * <p>A holiday closes its date; a {@link SpecialDay} replaces the weekly hours of its date and wins
 * over a holiday. Holidays and special days are local dates in the calendar's zone. The calendar is
 * open at least once a week, so adding business time always ends.
 *
 * <p>Instants from {@link #EARLIEST} to {@link #LATEST} are accepted. Work is done one day at a time
 * near the start and end, and runs of ordinary weeks (no holiday, no special day, no change of the
 * zone's offset) are skipped in one step, so a target of months costs about as much as one of
 * days. Immutable and thread-safe.
 */
public final class BusinessCalendar {
  /** The earliest instant a calendar accepts: the start of year 1 in UTC. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant a calendar accepts or returns: the end of year 9999 in UTC. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static final BusinessCalendar TWENTY_FOUR_SEVEN = twentyFourSeven(ZoneOffset.UTC);

  private final ZoneId zone;
  private final List<WeeklyHours> weeklyHours;
  private final List<LocalDate> holidays;
  private final List<SpecialDay> specialDays;
  private final Map<LocalDate, List<WorkingHours>> specialHours = new HashMap<>();
  private final Schedule schedule;

  private BusinessCalendar(Builder b) {
    this.zone = CrmValidationException.required("businessCalendar.zone", b.zone);
    this.weeklyHours = normaliseWeek(b.weeklyHours);
    if (weeklyHours.isEmpty()) {
      throw CrmValidationException.of("businessCalendar.weeklyHours", "required", "[]",
          "a calendar is open at least once a week");
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    for (LocalDate d : b.holidays) {
      days.add(CrmValidationException.required("businessCalendar.holidays", d));
    }
    this.holidays = List.copyOf(days);
    List<SpecialDay> specials = new ArrayList<>(b.specialDays);
    specials.sort(Comparator.comparing(SpecialDay::date));
    for (int i = 1; i < specials.size(); i++) {
      if (specials.get(i).date().equals(specials.get(i - 1).date())) {
        throw CrmValidationException.of("businessCalendar.specialDays", "duplicate", specials.get(i).date(),
            "a date has one special day");
      }
    }
    this.specialDays = List.copyOf(specials);
    specials.forEach(s -> specialHours.put(s.date(), s.hours()));
    this.schedule = new Schedule(zone, weeklyHours, holidays, specialDays);
  }

  /** A builder; the zone and at least one weekly period are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A calendar that is always open, in UTC: business time is calendar time. */
  public static BusinessCalendar twentyFourSeven() {
    return TWENTY_FOUR_SEVEN;
  }

  /**
   * A calendar that is always open, in a zone; business time is calendar time, so a local day in
   * Europe/Berlin may hold 23 or 25 hours. Add holidays through {@link Builder#from} to close dates.
   */
  public static BusinessCalendar twentyFourSeven(ZoneId zone) {
    Builder b = builder().zone(zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      b.open(day, WorkingHours.allDay());
    }
    return b.build();
  }

  /** The time zone whose wall clock the working hours, holidays and special days are read in. */
  public ZoneId zone() {
    return zone;
  }

  /** The weekly periods of work, ordered by weekday and start; touching periods joined. */
  public List<WeeklyHours> weeklyHours() {
    return weeklyHours;
  }

  /** The holidays, in order, without repeats. */
  public List<LocalDate> holidays() {
    return holidays;
  }

  /** The special days, in date order, at most one per date. */
  public List<SpecialDay> specialDays() {
    return specialDays;
  }

  /** The periods of work on every occurrence of a weekday, in order. */
  public List<WorkingHours> hoursOn(DayOfWeek day) {
    CrmValidationException.required("businessCalendar.day", day);
    return weeklyHours.stream().filter(w -> w.day() == day).map(WeeklyHours::hours).toList();
  }

  /**
   * The periods of work on a date: the special day's if there is one, none on a holiday, the
   * weekday's otherwise.
   */
  public List<WorkingHours> hoursOn(LocalDate date) {
    CrmValidationException.required("businessCalendar.date", date);
    List<WorkingHours> special = specialHours.get(date);
    if (special != null) {
      return special;
    }
    return Collections.binarySearch(holidays, date) >= 0 ? List.of() : hoursOn(date.getDayOfWeek());
  }

  /** Whether the calendar is open around the clock every day, without holidays or special days. */
  public boolean isTwentyFourSeven() {
    return schedule.alwaysOpen();
  }

  /**
   * Whether the calendar is open at an instant; a period includes its start and excludes its end.
   *
   * @throws CrmValidationException when the instant is missing or out of range (field
   *     {@code businessCalendar.at})
   */
  public boolean isOpen(Instant at) {
    return schedule.isOpen(checked("businessCalendar.at", at));
  }

  /**
   * The instant itself when the calendar is open then, otherwise the start of the next period of
   * work.
   *
   * @throws CrmValidationException when the instant is missing or out of range (field
   *     {@code businessCalendar.at})
   */
  public Instant nextOpening(Instant at) {
    return schedule.nextOpening(checked("businessCalendar.at", at));
  }

  /**
   * The earliest instant at which {@code amount} of business time has passed since {@code start}:
   * the end of a period when the amount runs out exactly there, never a later opening. A zero amount
   * gives {@code start}. {@code businessTimeBetween(start, addBusinessTime(start, amount))} is
   * {@code amount}.
   *
   * @param start where counting starts; any instant, open or closed
   * @param amount business time to add, zero or more
   * @throws CrmValidationException when the start is missing or out of range (field
   *     {@code businessCalendar.start}), the amount is missing ({@code businessCalendar.amount},
   *     rule {@code required}), negative ({@code range}) or reaches beyond {@link #LATEST}
   *     ({@code range})
   */
  public Instant addBusinessTime(Instant start, Duration amount) {
    checked("businessCalendar.start", start);
    CrmValidationException.required("businessCalendar.amount", amount);
    if (amount.isNegative()) {
      throw CrmValidationException.of("businessCalendar.amount", "range", amount,
          "business time to add is zero or more");
    }
    return schedule.add(start, amount);
  }

  /**
   * The business time from {@code start} (inclusive) to {@code end} (exclusive): how long the
   * calendar is open between them, in real time.
   *
   * @throws CrmValidationException when an instant is missing or out of range (fields
   *     {@code businessCalendar.start}, {@code businessCalendar.end}) or the end is before the start
   *     ({@code businessCalendar.end}, rule {@code order})
   */
  public Duration businessTimeBetween(Instant start, Instant end) {
    checked("businessCalendar.start", start);
    checked("businessCalendar.end", end);
    if (end.isBefore(start)) {
      throw CrmValidationException.of("businessCalendar.end", "order", end, "the end is before the start " + start);
    }
    return schedule.between(start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar c && zone.equals(c.zone) && weeklyHours.equals(c.weeklyHours)
        && holidays.equals(c.holidays) && specialDays.equals(c.specialDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, weeklyHours, holidays, specialDays);
  }

  @Override
  public String toString() {
    return "BusinessCalendar{zone=" + zone + ", weeklyHours=" + weeklyHours + ", holidays=" + holidays
        + ", specialDays=" + specialDays + "}";
  }

  private static Instant checked(String field, Instant at) {
    CrmValidationException.required(field, at);
    if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
      throw CrmValidationException.of(field, "range", at, "an instant from year 1 to year 9999");
    }
    return at;
  }

  private static List<WeeklyHours> normaliseWeek(List<WeeklyHours> raw) {
    Map<DayOfWeek, List<WorkingHours>> byDay = new EnumMap<>(DayOfWeek.class);
    for (WeeklyHours w : raw) {
      CrmValidationException.required("businessCalendar.weeklyHours", w);
      byDay.computeIfAbsent(w.day(), d -> new ArrayList<>()).add(w.hours());
    }
    List<WeeklyHours> week = new ArrayList<>();
    byDay.forEach((day, hours) -> {
      for (WorkingHours h : WorkingHours.normalise("businessCalendar.weeklyHours", hours)) {
        week.add(new WeeklyHours(day, h));
      }
    });
    return List.copyOf(week);
  }

  /**
   * Builds a {@link BusinessCalendar}:
   *
   * <pre>{@code
   * BusinessCalendar berlin = BusinessCalendar.builder()
   *     .zone("Europe/Berlin")
   *     .openWeekdays("09:00", "17:00")
   *     .holiday(LocalDate.of(2025, 12, 25))
   *     .specialDay(SpecialDay.open(LocalDate.of(2025, 12, 24), WorkingHours.of("09:00", "12:00")))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private static final List<DayOfWeek> WEEKDAYS = List.of(
        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private @Nullable ZoneId zone;
    private final List<WeeklyHours> weeklyHours = new ArrayList<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private final List<SpecialDay> specialDays = new ArrayList<>();

    private Builder() {}

    /** Starts from a calendar's parts, to build one that differs in some of them. */
    public Builder from(BusinessCalendar calendar) {
      CrmValidationException.required("businessCalendar", calendar);
      zone = calendar.zone;
      weeklyHours.clear();
      weeklyHours.addAll(calendar.weeklyHours);
      holidays.clear();
      holidays.addAll(calendar.holidays);
      specialDays.clear();
      specialDays.addAll(calendar.specialDays);
      return this;
    }

    /** Sets the time zone. */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /**
     * Sets the time zone by its id, such as {@code Europe/Berlin} or {@code America/New_York}.
     *
     * @throws CrmValidationException when the id is blank (rule {@code required}) or unknown
     *     ({@code invalid}); field {@code businessCalendar.zone}
     */
    public Builder zone(String zoneId) {
      String id = CrmValidationException.requiredText("businessCalendar.zone", zoneId);
      try {
        this.zone = ZoneId.of(id);
      } catch (DateTimeException e) {
        throw CrmValidationException.of("businessCalendar.zone", "invalid", zoneId,
            "a time zone id such as Europe/Berlin");
      }
      return this;
    }

    /** Adds a weekly period of work. */
    public Builder open(WeeklyHours hours) {
      weeklyHours.add(hours);
      return this;
    }

    /** Adds a period of work on every occurrence of a weekday. */
    public Builder open(DayOfWeek day, WorkingHours hours) {
      return open(new WeeklyHours(day, hours));
    }

    /** Adds a period of work on every occurrence of a weekday; see {@link WorkingHours#of(LocalTime, LocalTime)}. */
    public Builder open(DayOfWeek day, LocalTime from, LocalTime to) {
      return open(day, WorkingHours.of(from, to));
    }

    /** Adds a period of work on every occurrence of a weekday; see {@link WorkingHours#of(String, String)}. */
    public Builder open(DayOfWeek day, String from, String to) {
      return open(day, WorkingHours.of(from, to));
    }

    /** Adds the same period of work on each weekday from Monday to Friday. */
    public Builder openWeekdays(String from, String to) {
      WorkingHours hours = WorkingHours.of(from, to);
      for (DayOfWeek day : WEEKDAYS) {
        open(day, hours);
      }
      return this;
    }

    /**
     * Adds an overnight shift: from {@code from} on {@code day} to midnight, and from midnight to
     * {@code to} on the next day. The two parts are periods of their own dates: a holiday or special
     * day on the second date replaces its morning part.
     *
     * @throws CrmValidationException when a time is missing ({@code required}) or the shift does not
     *     end before it starts again the next day ({@code businessCalendar.weeklyHours}, rule
     *     {@code empty})
     */
    public Builder openOvernight(DayOfWeek day, LocalTime from, LocalTime to) {
      CrmValidationException.required("weeklyHours.day", day);
      CrmValidationException.required("workingHours.from", from);
      CrmValidationException.required("workingHours.to", to);
      if (!to.equals(LocalTime.MIDNIGHT) && !to.isBefore(from)) {
        throw CrmValidationException.of("businessCalendar.weeklyHours", "empty", from + "-" + to,
            "an overnight shift ends the next day before the time it starts");
      }
      open(day, WorkingHours.of(from, LocalTime.MIDNIGHT));
      if (!to.equals(LocalTime.MIDNIGHT)) {
        open(day.plus(1), WorkingHours.of(LocalTime.MIDNIGHT, to));
      }
      return this;
    }

    /** Adds a holiday: the calendar is closed all that date unless a special day says otherwise. */
    public Builder holiday(LocalDate date) {
      holidays.add(CrmValidationException.required("businessCalendar.holidays", date));
      return this;
    }

    /** Adds holidays. */
    public Builder holidays(Iterable<LocalDate> dates) {
      CrmValidationException.required("businessCalendar.holidays", dates).forEach(this::holiday);
      return this;
    }

    /** Adds a special day. */
    public Builder specialDay(SpecialDay day) {
      specialDays.add(CrmValidationException.required("businessCalendar.specialDays", day));
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @throws CrmValidationException when the zone is missing ({@code businessCalendar.zone},
     *     {@code required}), there is no weekly period ({@code businessCalendar.weeklyHours},
     *     {@code required}), two periods of a weekday overlap ({@code overlap}) or two special days
     *     share a date ({@code businessCalendar.specialDays}, {@code duplicate})
     */
    public BusinessCalendar build() {
      return new BusinessCalendar(this);
    }
  }
}
