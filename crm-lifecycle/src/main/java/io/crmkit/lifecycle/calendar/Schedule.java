package io.crmkit.lifecycle.calendar;

import static io.crmkit.lifecycle.calendar.WorkingHours.NANOS_PER_DAY;

import io.crmkit.core.CrmValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a {@link BusinessCalendar}: its periods as nanoseconds of the day per weekday
 * and per special date, turned into instants one day at a time, with runs of ordinary weeks skipped
 * in one step.
 *
 * <p>A boundary of a period is the first instant at which the local clock shows that time or a
 * later one (see {@link #boundary}). Boundaries never decrease as the local date-time grows, so the
 * periods of successive days never overlap and the periods of day {@code d} lie between the start
 * of {@code d} and the start of {@code d + 1}.
 */
final class Schedule {
  /** The last date a day loop may reach before the result is out of range. */
  private static final LocalDate LAST_DATE = LocalDate.of(10_000, 1, 2);

  private static final long[] CLOSED = new long[0];

  private final ZoneId zone;
  private final ZoneRules rules;
  private final @Nullable ZoneOffset fixedOffset;
  private final long[][] weekly = new long[7][];
  private final NavigableMap<LocalDate, long[]> special = new TreeMap<>();
  private final NavigableSet<LocalDate> holidays;
  private final NavigableSet<LocalDate> irregular;
  private final Duration weekLength;
  private final boolean alwaysOpen;

  Schedule(ZoneId zone, List<WeeklyHours> weeklyHours, List<LocalDate> holidays, List<SpecialDay> specialDays) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
    long week = 0;
    boolean everyDayWhole = true;
    for (DayOfWeek day : DayOfWeek.values()) {
      List<WorkingHours> hours = weeklyHours.stream().filter(w -> w.day() == day).map(WeeklyHours::hours).toList();
      weekly[day.ordinal()] = nanos(hours);
      for (WorkingHours h : hours) {
        week += h.endNano() - h.startNano();
      }
      everyDayWhole &= hours.size() == 1 && hours.get(0).isAllDay();
    }
    for (SpecialDay s : specialDays) {
      special.put(s.date(), nanos(s.hours()));
    }
    this.holidays = new TreeSet<>(holidays);
    this.irregular = new TreeSet<>(holidays);
    irregular.addAll(special.keySet());
    this.weekLength = Duration.ofNanos(week);
    this.alwaysOpen = everyDayWhole && irregular.isEmpty();
  }

  /** Whether every instant is business time. */
  boolean alwaysOpen() {
    return alwaysOpen;
  }

  boolean isOpen(Instant at) {
    LocalDate day = dayOf(at);
    long[] p = periods(day);
    for (int i = 0; i < p.length; i += 2) {
      if (!at.isBefore(boundary(day, p[i])) && at.isBefore(boundary(day, p[i + 1]))) {
        return true;
      }
    }
    return false;
  }

  Instant nextOpening(Instant at) {
    if (alwaysOpen) {
      return at;
    }
    for (LocalDate day = dayOf(at); !day.isAfter(LAST_DATE); day = day.plusDays(1)) {
      long[] p = periods(day);
      for (int i = 0; i < p.length; i += 2) {
        Instant start = boundary(day, p[i]);
        Instant end = boundary(day, p[i + 1]);
        if (end.isAfter(start) && end.isAfter(at)) {
          return start.isAfter(at) ? start : at;
        }
      }
    }
    throw beyondRange("businessCalendar.at", at, "the calendar does not open again before year 10000");
  }

  Instant add(Instant start, Duration amount) {
    if (amount.isZero()) {
      return start;
    }
    if (alwaysOpen) {
      if (amount.compareTo(Duration.between(start, BusinessCalendar.LATEST)) > 0) {
        throw beyondRange("businessCalendar.amount", amount, "the end would fall after " + BusinessCalendar.LATEST);
      }
      return start.plus(amount);
    }
    Duration remaining = amount;
    LocalDate day = dayOf(start);
    boolean first = true;
    while (!day.isAfter(LAST_DATE)) {
      if (!first && remaining.compareTo(weekLength) > 0) {
        long wanted = remaining.minusNanos(1).dividedBy(weekLength);
        long weeks = freeWeeks(day, Math.min(wanted, ChronoUnit.DAYS.between(day, LAST_DATE) / 7 + 1));
        if (weeks > 0) {
          remaining = remaining.minus(weekLength.multipliedBy(weeks));
          day = day.plusDays(7 * weeks);
          continue;
        }
      }
      long[] p = periods(day);
      for (int i = 0; i < p.length; i += 2) {
        Instant from = boundary(day, p[i]);
        Instant to = boundary(day, p[i + 1]);
        if (first && from.isBefore(start)) {
          from = start;
        }
        if (!to.isAfter(from)) {
          continue;
        }
        Duration available = Duration.between(from, to);
        if (available.compareTo(remaining) >= 0) {
          Instant end = from.plus(remaining);
          if (end.isAfter(BusinessCalendar.LATEST)) {
            throw beyondRange("businessCalendar.amount", amount, "the end would fall after " + BusinessCalendar.LATEST);
          }
          return end;
        }
        remaining = remaining.minus(available);
      }
      day = day.plusDays(1);
      first = false;
    }
    throw beyondRange("businessCalendar.amount", amount, "the end would fall after " + BusinessCalendar.LATEST);
  }

  Duration between(Instant start, Instant end) {
    if (alwaysOpen) {
      return Duration.between(start, end);
    }
    LocalDate day = dayOf(start);
    LocalDate last = dayOf(end);
    Duration total = Duration.ZERO;
    boolean first = true;
    while (!day.isAfter(last)) {
      if (!first) {
        long weeks = freeWeeks(day, ChronoUnit.DAYS.between(day, last) / 7);
        if (weeks > 0) {
          total = total.plus(weekLength.multipliedBy(weeks));
          day = day.plusDays(7 * weeks);
          continue;
        }
      }
      long[] p = periods(day);
      for (int i = 0; i < p.length; i += 2) {
        Instant from = boundary(day, p[i]);
        Instant to = boundary(day, p[i + 1]);
        if (from.isBefore(start)) {
          from = start;
        }
        if (to.isAfter(end)) {
          to = end;
        }
        if (to.isAfter(from)) {
          total = total.plus(Duration.between(from, to));
        }
      }
      day = day.plusDays(1);
      first = false;
    }
    return total;
  }

  /** The periods of a date as nanoseconds of the day, start and end alternating. */
  private long[] periods(LocalDate date) {
    long[] s = special.get(date);
    if (s != null) {
      return s;
    }
    return holidays.contains(date) ? CLOSED : weekly[date.getDayOfWeek().ordinal()];
  }

  /**
   * How many whole weeks from {@code day} on, at most {@code max}, hold no holiday, no special day
   * and no change of the zone's offset: in those weeks business time is exactly the weekly hours.
   */
  private long freeWeeks(LocalDate day, long max) {
    if (max <= 0) {
      return 0;
    }
    LocalDate limit = day.plusDays(7 * max);
    LocalDate nextIrregular = irregular.ceiling(day);
    if (nextIrregular != null && nextIrregular.isBefore(limit)) {
      limit = nextIrregular;
    }
    if (fixedOffset == null) {
      ZoneOffsetTransition change = rules.nextTransition(dayStart(day).minusNanos(1));
      if (change != null) {
        LocalDate before = change.getDateTimeBefore().toLocalDate();
        LocalDate after = change.getDateTimeAfter().toLocalDate();
        LocalDate changeDay = before.isBefore(after) ? before : after;
        if (changeDay.isBefore(limit)) {
          limit = changeDay;
        }
      }
    }
    long days = ChronoUnit.DAYS.between(day, limit);
    return days <= 0 ? 0 : Math.min(max, days / 7);
  }

  /** The day whose periods may hold the instant: its local date, corrected near odd midnights. */
  private LocalDate dayOf(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    while (at.isBefore(dayStart(day))) {
      day = day.minusDays(1);
    }
    while (!at.isBefore(dayStart(day.plusDays(1)))) {
      day = day.plusDays(1);
    }
    return day;
  }

  private Instant dayStart(LocalDate day) {
    return boundary(day, 0);
  }

  /**
   * The first instant at which the local clock shows the time of day on the date or a later one: the
   * time itself when it happens once, its first occurrence when the clocks go back over it, and the
   * end of the gap when the clocks jump over it.
   */
  private Instant boundary(LocalDate date, long nanoOfDay) {
    LocalDateTime local = nanoOfDay == NANOS_PER_DAY
        ? date.plusDays(1).atStartOfDay()
        : LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanoOfDay));
    if (fixedOffset != null) {
      return local.toInstant(fixedOffset);
    }
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.size() == 1) {
      return local.toInstant(offsets.get(0));
    }
    if (offsets.isEmpty()) {
      return rules.getTransition(local).getInstant();
    }
    Instant one = local.toInstant(offsets.get(0));
    Instant other = local.toInstant(offsets.get(1));
    return one.isBefore(other) ? one : other;
  }

  private static long[] nanos(List<WorkingHours> hours) {
    if (hours.isEmpty()) {
      return CLOSED;
    }
    long[] p = new long[hours.size() * 2];
    for (int i = 0; i < hours.size(); i++) {
      p[2 * i] = hours.get(i).startNano();
      p[2 * i + 1] = hours.get(i).endNano();
    }
    return p;
  }

  private static CrmValidationException beyondRange(String field, Object value, String detail) {
    return CrmValidationException.of(field, "range", value, detail);
  }
}
