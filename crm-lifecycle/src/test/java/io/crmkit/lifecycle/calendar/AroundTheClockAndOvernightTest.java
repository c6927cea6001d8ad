package io.crmkit.lifecycle.calendar;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.BERLIN;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AroundTheClockAndOvernightTest {
  private static final LocalDate CHRISTMAS = LocalDate.of(2025, 12, 25);

  @Test
  void a_calendar_around_the_clock_adds_and_measures_calendar_time() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven();
    Instant start = Instant.parse("2025-03-29T12:00:00Z");
    assertThat(always.addBusinessTime(start, Duration.ofHours(30))).isEqualTo(start.plus(Duration.ofHours(30)));
    assertThat(always.businessTimeBetween(start, start.plusSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    assertThat(always.isOpen(start)).isTrue();
    assertThat(always.isTwentyFourSeven()).isTrue();
    assertThat(always.zone().getId()).isEqualTo("Z");
  }

  @Test
  void a_calendar_around_the_clock_in_berlin_runs_through_the_short_day() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(BERLIN);
    assertThat(always.addBusinessTime(berlin("2025-03-29T12:00"), Duration.ofHours(24)))
        .isEqualTo(berlin("2025-03-30T13:00"));
  }

  @Test
  void a_calendar_around_the_clock_with_a_holiday_is_not_twenty_four_seven() {
    BusinessCalendar always = BusinessCalendar.builder().from(BusinessCalendar.twentyFourSeven(BERLIN))
        .holiday(CHRISTMAS).build();
    assertThat(always.isTwentyFourSeven()).isFalse();
    assertThat(always.businessTimeBetween(berlin("2025-12-24T00:00"), berlin("2025-12-27T00:00")))
        .isEqualTo(Duration.ofHours(48));
  }

  @Test
  void an_overnight_shift_runs_past_midnight() {
    // given a Monday night shift
    BusinessCalendar nights = BusinessCalendar.builder().zone(BERLIN)
        .openOvernight(MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
    // then
    assertThat(nights.addBusinessTime(berlin("2025-03-24T23:30"), Duration.ofHours(1)))
        .isEqualTo(berlin("2025-03-25T00:30"));
    assertThat(nights.addBusinessTime(berlin("2025-03-24T23:00"), Duration.ofHours(8)))
        .isEqualTo(berlin("2025-03-31T23:00"));
    assertThat(nights.hoursOn(TUESDAY)).containsExactly(WorkingHours.of("00:00", "06:00"));
  }

  @Test
  void a_holiday_after_an_overnight_shift_closes_its_morning_part() {
    BusinessCalendar nights = BusinessCalendar.builder().zone(BERLIN)
        .openOvernight(MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)).holiday(LocalDate.of(2025, 3, 25)).build();
    assertThat(nights.addBusinessTime(berlin("2025-03-24T23:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2025-03-31T23:00"));
  }

  @Test
  void an_overnight_shift_to_midnight_is_one_period() {
    BusinessCalendar evenings = BusinessCalendar.builder().zone(BERLIN)
        .openOvernight(MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT).build();
    assertThat(evenings.weeklyHours()).containsExactly(WeeklyHours.of(MONDAY, WorkingHours.of("22:00", "24:00")));
  }

  @Test
  void working_hours_that_end_before_they_start_are_refused_and_point_to_overnight_shifts() {
    var e = assertRejected("workingHours.to", "overnight", () -> WorkingHours.of("22:00", "06:00"));
    assertThat(e.getMessage()).contains("openOvernight");
  }
}
