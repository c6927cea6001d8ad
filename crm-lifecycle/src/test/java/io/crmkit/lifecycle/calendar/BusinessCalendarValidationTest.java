package io.crmkit.lifecycle.calendar;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.BERLIN;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOffice;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOfficeBuilder;
import static java.time.DayOfWeek.MONDAY;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BusinessCalendarValidationTest {
  private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2025, 12, 24);
  private static final LocalDate CHRISTMAS = LocalDate.of(2025, 12, 25);

  @Test
  void a_calendar_needs_a_known_zone() {
    assertRejected("businessCalendar.zone", "required",
        () -> BusinessCalendar.builder().openWeekdays("09:00", "17:00").build());
    assertRejected("businessCalendar.zone", "invalid",
        () -> BusinessCalendar.builder().zone("Europe/Atlantis"));
    assertRejected("businessCalendar.zone", "required", () -> BusinessCalendar.builder().zone(" "));
  }

  @Test
  void a_calendar_is_open_at_least_once_a_week() {
    assertRejected("businessCalendar.weeklyHours", "required",
        () -> BusinessCalendar.builder().zone(BERLIN).holiday(CHRISTMAS).build());
  }

  @Test
  void overlapping_periods_of_a_day_are_refused() {
    assertRejected("businessCalendar.weeklyHours", "overlap",
        () -> berlinOfficeBuilder().open(DayOfWeek.WEDNESDAY, "12:00", "13:00").build());
    assertRejected("specialDay.hours", "overlap", () -> SpecialDay.open(CHRISTMAS_EVE,
        WorkingHours.of("09:00", "12:00"), WorkingHours.of("11:00", "13:00")));
  }

  @Test
  void two_special_days_on_one_date_are_refused() {
    assertRejected("businessCalendar.specialDays", "duplicate", () -> berlinOfficeBuilder()
        .specialDay(SpecialDay.closed(CHRISTMAS_EVE))
        .specialDay(SpecialDay.open(CHRISTMAS_EVE, WorkingHours.of("09:00", "12:00"))).build());
  }

  @Test
  void empty_missing_or_unreadable_working_hours_are_refused() {
    assertRejected("workingHours.to", "empty", () -> WorkingHours.of("09:00", "09:00"));
    assertRejected("workingHours.from", "invalid", () -> WorkingHours.of("9am", "17:00"));
    assertRejected("workingHours.from", "invalid", () -> WorkingHours.of("24:00", "24:00"));
    assertRejected("workingHours.to", "required", () -> WorkingHours.of("09:00", " "));
    assertRejected("workingHours.from", "required", () -> new WorkingHours(null, LocalTime.NOON));
    assertRejected("specialDay.date", "required", () -> SpecialDay.closed(null));
    assertRejected("weeklyHours.day", "required", () -> WeeklyHours.of(null, WorkingHours.allDay()));
  }

  @Test
  void an_overnight_shift_that_does_not_end_the_next_morning_is_refused() {
    assertRejected("businessCalendar.weeklyHours", "empty", () -> BusinessCalendar.builder()
        .openOvernight(MONDAY, LocalTime.of(22, 0), LocalTime.of(23, 0)));
  }

  @Test
  void negative_or_missing_business_time_is_refused() {
    assertRejected("businessCalendar.amount", "range",
        () -> berlinOffice().addBusinessTime(berlin("2025-03-24T10:00"), Duration.ofMinutes(-1)));
    assertRejected("businessCalendar.amount", "required",
        () -> berlinOffice().addBusinessTime(berlin("2025-03-24T10:00"), null));
  }

  @Test
  void an_end_before_the_start_is_refused() {
    assertRejected("businessCalendar.end", "order",
        () -> berlinOffice().businessTimeBetween(berlin("2025-03-24T10:00"), berlin("2025-03-24T09:00")));
  }

  @Test
  void instants_outside_years_1_to_9999_are_refused() {
    assertRejected("businessCalendar.start", "range",
        () -> berlinOffice().addBusinessTime(Instant.MAX, Duration.ZERO));
    assertRejected("businessCalendar.end", "range",
        () -> berlinOffice().businessTimeBetween(berlin("2025-03-24T10:00"), Instant.MAX));
    assertRejected("businessCalendar.at", "range", () -> berlinOffice().isOpen(Instant.MIN));
    assertRejected("businessCalendar.at", "required", () -> berlinOffice().nextOpening(null));
  }

  @Test
  void business_time_that_would_end_after_year_9999_is_refused() {
    Duration tooMuch = Duration.ofDays(365L * 8_000);
    assertRejected("businessCalendar.amount", "range",
        () -> BusinessCalendar.twentyFourSeven().addBusinessTime(berlin("2025-03-24T10:00"), tooMuch));
    assertRejected("businessCalendar.amount", "range",
        () -> berlinOffice().addBusinessTime(berlin("2025-03-24T10:00"), tooMuch));
  }

  @Test
  void missing_holidays_or_special_days_are_refused() {
    assertRejected("businessCalendar.holidays", "required", () -> berlinOfficeBuilder().holiday(null));
    assertRejected("businessCalendar.holidays", "required",
        () -> berlinOfficeBuilder().holidays(Arrays.asList(CHRISTMAS, null)));
    assertRejected("businessCalendar.specialDays", "required", () -> berlinOfficeBuilder().specialDay(null));
    assertRejected("businessCalendar", "required", () -> BusinessCalendar.builder().from(null));
    assertRejected("businessCalendar.day", "required", () -> berlinOffice().hoursOn((DayOfWeek) null));
    assertRejected("businessCalendar.date", "required", () -> berlinOffice().hoursOn((LocalDate) null));
    assertRejected("specialDay.hours", "required", () -> new SpecialDay(CHRISTMAS, null));
    assertRejected("specialDay.hours", "required", () -> new SpecialDay(CHRISTMAS, Arrays.asList((WorkingHours) null)));
  }
}
