package io.crmkit.lifecycle.calendar;

import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOffice;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOfficeBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidaysAndSpecialDaysTest {
  private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2025, 12, 24);
  private static final LocalDate CHRISTMAS = LocalDate.of(2025, 12, 25);
  private static final LocalDate BOXING_DAY = LocalDate.of(2025, 12, 26);

  @Test
  void a_holiday_is_closed_all_day() {
    // given
    BusinessCalendar office = berlinOfficeBuilder().holiday(CHRISTMAS).holiday(BOXING_DAY).build();
    // when
    Instant due = office.addBusinessTime(berlin("2025-12-24T16:00"), Duration.ofHours(2));
    // then Christmas, Boxing Day and the weekend pass without business time
    assertThat(due).isEqualTo(berlin("2025-12-29T10:00"));
    assertThat(office.isOpen(berlin("2025-12-25T10:00"))).isFalse();
    assertThat(office.hoursOn(CHRISTMAS)).isEmpty();
  }

  @Test
  void a_half_day_closes_at_noon() {
    // given
    BusinessCalendar office = berlinOfficeBuilder().holiday(CHRISTMAS).holiday(BOXING_DAY)
        .specialDay(SpecialDay.open(CHRISTMAS_EVE, WorkingHours.of("09:00", "12:00"))).build();
    // when
    Instant due = office.addBusinessTime(berlin("2025-12-24T11:00"), Duration.ofHours(2));
    // then one hour on Christmas Eve, one on the Monday after
    assertThat(due).isEqualTo(berlin("2025-12-29T10:00"));
    assertThat(office.isOpen(berlin("2025-12-24T12:30"))).isFalse();
    assertThat(office.hoursOn(CHRISTMAS_EVE)).containsExactly(WorkingHours.of("09:00", "12:00"));
  }

  @Test
  void a_working_saturday_opens_on_a_weekend() {
    // given
    LocalDate saturday = LocalDate.of(2025, 3, 22);
    BusinessCalendar office = berlinOfficeBuilder()
        .specialDay(SpecialDay.open(saturday, WorkingHours.of("10:00", "14:00"))).build();
    // when
    Instant due = office.addBusinessTime(berlin("2025-03-21T16:00"), Duration.ofHours(2));
    // then
    assertThat(due).isEqualTo(berlin("2025-03-22T11:00"));
  }

  @Test
  void a_closed_special_day_closes_a_weekday_that_is_no_holiday() {
    // given a company day off on a Monday
    BusinessCalendar office = berlinOfficeBuilder().specialDay(SpecialDay.closed(LocalDate.of(2025, 3, 24))).build();
    // when
    Instant due = office.addBusinessTime(berlin("2025-03-21T16:00"), Duration.ofHours(2));
    // then
    assertThat(due).isEqualTo(berlin("2025-03-25T10:00"));
  }

  @Test
  void a_special_day_wins_over_a_holiday_on_the_same_date() {
    // given
    BusinessCalendar office = berlinOfficeBuilder().holiday(CHRISTMAS_EVE)
        .specialDay(SpecialDay.open(CHRISTMAS_EVE, WorkingHours.of("09:00", "12:00"))).build();
    // then
    assertThat(office.isOpen(berlin("2025-12-24T10:00"))).isTrue();
    assertThat(office.hoursOn(CHRISTMAS_EVE)).containsExactly(WorkingHours.of("09:00", "12:00"));
  }

  @Test
  void the_hours_of_a_date_are_the_weekday_hours_on_an_ordinary_day() {
    assertThat(berlinOffice().hoursOn(LocalDate.of(2025, 3, 24))).containsExactly(WorkingHours.of("09:00", "17:00"));
    assertThat(berlinOffice().hoursOn(LocalDate.of(2025, 3, 23))).isEmpty();
  }
}
