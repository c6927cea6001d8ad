package io.crmkit.lifecycle.calendar;

import static io.crmkit.lifecycle.fixtures.CalendarFixtures.BERLIN;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOffice;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOfficeBuilder;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  private static final LocalDate CHRISTMAS = LocalDate.of(2025, 12, 25);
  private static final LocalDate BOXING_DAY = LocalDate.of(2025, 12, 26);

  @Test
  void business_time_added_within_opening_hours_stays_on_that_day() {
    assertThat(berlinOffice().addBusinessTime(berlin("2025-03-24T10:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2025-03-24T12:00"));
  }

  @Test
  void business_time_that_runs_past_closing_continues_at_the_next_opening() {
    assertThat(berlinOffice().addBusinessTime(berlin("2025-03-24T16:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2025-03-25T10:00"));
  }

  @Test
  void business_time_added_on_a_friday_afternoon_continues_on_monday() {
    // given
    Instant fridayAfternoon = berlin("2025-03-21T16:00");
    // when
    Instant due = berlinOffice().addBusinessTime(fridayAfternoon, Duration.ofHours(2));
    // then
    assertThat(due).isEqualTo(berlin("2025-03-24T10:00"));
    assertThat(berlinOffice().businessTimeBetween(fridayAfternoon, due)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void counting_from_a_closed_moment_starts_at_the_next_opening() {
    assertThat(berlinOffice().addBusinessTime(berlin("2025-03-22T12:00"), Duration.ofHours(1)))
        .isEqualTo(berlin("2025-03-24T10:00"));
  }

  @Test
  void an_amount_that_runs_out_at_closing_ends_at_closing_not_at_the_next_opening() {
    assertThat(berlinOffice().addBusinessTime(berlin("2025-03-24T09:00"), Duration.ofHours(8)))
        .isEqualTo(berlin("2025-03-24T17:00"));
  }

  @Test
  void zero_business_time_added_is_the_start_itself_even_when_closed() {
    assertThat(berlinOffice().addBusinessTime(berlin("2025-03-22T12:00"), Duration.ZERO))
        .isEqualTo(berlin("2025-03-22T12:00"));
  }

  @Test
  void business_time_between_counts_only_the_open_hours() {
    assertThat(berlinOffice().businessTimeBetween(berlin("2025-03-21T16:00"), berlin("2025-03-24T10:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(berlinOffice().businessTimeBetween(berlin("2025-03-22T08:00"), berlin("2025-03-23T20:00")))
        .isZero();
    assertThat(berlinOffice().businessTimeBetween(berlin("2025-03-24T11:00"), berlin("2025-03-24T11:00")))
        .isZero();
  }

  @Test
  void a_target_of_weeks_skips_whole_weeks_and_still_counts_each_holiday() {
    // given two Monday holidays in ten weeks
    BusinessCalendar office = berlinOfficeBuilder()
        .holiday(LocalDate.of(2025, 1, 20)).holiday(LocalDate.of(2025, 2, 17)).build();
    Instant start = berlin("2025-01-06T09:00");
    // when ten weeks of business time are added
    Instant due = office.addBusinessTime(start, Duration.ofHours(400));
    // then the two lost days push the end by sixteen business hours
    assertThat(due).isEqualTo(berlin("2025-03-18T17:00"));
    assertThat(office.businessTimeBetween(start, due)).isEqualTo(Duration.ofHours(400));
  }

  @Test
  void a_target_of_months_crosses_the_change_to_summer_time_on_the_same_office_hours() {
    // when thirty weeks of business time are added from a Monday morning in winter
    Instant due = berlinOffice().addBusinessTime(berlin("2025-01-06T09:00"), Duration.ofHours(1_200));
    // then it ends on the Friday evening thirty weeks later, in summer time
    assertThat(due).isEqualTo(berlin("2025-08-01T17:00"));
  }

  @Test
  void a_period_includes_its_start_and_excludes_its_end() {
    assertThat(berlinOffice().isOpen(berlin("2025-03-24T09:00"))).isTrue();
    assertThat(berlinOffice().isOpen(berlin("2025-03-24T16:59:59.999999999"))).isTrue();
    assertThat(berlinOffice().isOpen(berlin("2025-03-24T17:00"))).isFalse();
    assertThat(berlinOffice().isOpen(berlin("2025-03-22T12:00"))).isFalse();
  }

  @Test
  void the_next_opening_is_the_instant_itself_when_open_and_the_next_start_when_closed() {
    assertThat(berlinOffice().nextOpening(berlin("2025-03-24T11:00"))).isEqualTo(berlin("2025-03-24T11:00"));
    assertThat(berlinOffice().nextOpening(berlin("2025-03-24T17:00"))).isEqualTo(berlin("2025-03-25T09:00"));
    assertThat(berlinOffice().nextOpening(berlin("2025-03-22T12:00"))).isEqualTo(berlin("2025-03-24T09:00"));
  }

  @Test
  void touching_periods_are_joined_and_the_week_is_ordered() {
    BusinessCalendar split = BusinessCalendar.builder().zone(BERLIN)
        .open(TUESDAY, "13:00", "17:00").open(MONDAY, "12:00", "13:00").open(MONDAY, "09:00", "12:00").build();
    assertThat(split.weeklyHours()).containsExactly(
        WeeklyHours.of(MONDAY, WorkingHours.of("09:00", "13:00")), WeeklyHours.of(TUESDAY, WorkingHours.of("13:00", "17:00")));
  }

  @Test
  void holidays_are_ordered_without_repeats() {
    BusinessCalendar office = berlinOfficeBuilder().holiday(BOXING_DAY).holiday(CHRISTMAS).holiday(CHRISTMAS).build();
    assertThat(office.holidays()).containsExactly(CHRISTMAS, BOXING_DAY);
  }

  @Test
  void a_calendar_rebuilt_from_its_parts_is_equal() {
    BusinessCalendar office = berlinOfficeBuilder().holiday(CHRISTMAS)
        .specialDay(SpecialDay.closed(BOXING_DAY)).build();
    BusinessCalendar copy = BusinessCalendar.builder().from(office).build();
    assertThat(copy).isEqualTo(office).hasSameHashCodeAs(office);
    assertThat(copy.toString()).contains("Europe/Berlin", "MONDAY 09:00-17:00", "2025-12-25");
    assertThat(copy).isNotEqualTo(berlinOffice());
  }

  @Test
  void working_hours_read_24_00_as_the_end_of_the_day() {
    WorkingHours evening = WorkingHours.of("18:00", "24:00");
    assertThat(evening.endsAtMidnight()).isTrue();
    assertThat(evening.length()).isEqualTo(Duration.ofHours(6));
    assertThat(evening.contains(LocalTime.of(23, 59))).isTrue();
    assertThat(evening.contains(LocalTime.of(17, 59))).isFalse();
    assertThat(evening).hasToString("18:00-24:00");
    assertThat(WorkingHours.allDay().length()).isEqualTo(Duration.ofDays(1));
  }
}
