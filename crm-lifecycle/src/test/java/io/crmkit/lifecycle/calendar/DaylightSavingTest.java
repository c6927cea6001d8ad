package io.crmkit.lifecycle.calendar;

import static io.crmkit.lifecycle.fixtures.CalendarFixtures.BERLIN;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.at;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOffice;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.newYork;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.newYorkOffice;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.fixtures.CalendarFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DaylightSavingTest {
  @Test
  void office_hours_over_the_berlin_spring_change_are_unchanged_though_the_weekend_is_an_hour_shorter() {
    // given
    Instant fridayAfternoon = berlin("2025-03-28T16:00");
    // when
    Instant due = berlinOffice().addBusinessTime(fridayAfternoon, Duration.ofHours(2));
    // then
    assertThat(due).isEqualTo(berlin("2025-03-31T10:00"));
    assertThat(Duration.between(fridayAfternoon, due)).isEqualTo(Duration.ofHours(65));
    assertThat(berlinOffice().businessTimeBetween(fridayAfternoon, due)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void office_hours_over_the_berlin_autumn_change_are_unchanged_though_the_weekend_is_an_hour_longer() {
    Instant fridayAfternoon = berlin("2025-10-24T16:00");
    Instant due = berlinOffice().addBusinessTime(fridayAfternoon, Duration.ofHours(2));
    assertThat(due).isEqualTo(berlin("2025-10-27T10:00"));
    assertThat(Duration.between(fridayAfternoon, due)).isEqualTo(Duration.ofHours(67));
  }

  @Test
  void office_hours_over_the_new_york_changes_are_unchanged() {
    assertThat(newYorkOffice().addBusinessTime(newYork("2025-03-07T16:00"), Duration.ofHours(2)))
        .isEqualTo(newYork("2025-03-10T10:00"));
    assertThat(newYorkOffice().addBusinessTime(newYork("2025-10-31T16:00"), Duration.ofHours(2)))
        .isEqualTo(newYork("2025-11-03T10:00"));
    assertThat(newYorkOffice().businessTimeBetween(newYork("2025-03-07T09:00"), newYork("2025-03-14T09:00")))
        .isEqualTo(Duration.ofHours(40));
  }

  @Test
  void a_day_around_the_clock_lasts_23_hours_in_spring_and_25_in_autumn() {
    BusinessCalendar berlin = BusinessCalendar.twentyFourSeven(BERLIN);
    assertThat(berlin.businessTimeBetween(berlin("2025-03-30T00:00"), berlin("2025-03-31T00:00")))
        .isEqualTo(Duration.ofHours(23));
    assertThat(berlin.businessTimeBetween(berlin("2025-10-26T00:00"), berlin("2025-10-27T00:00")))
        .isEqualTo(Duration.ofHours(25));
    BusinessCalendar newYork = BusinessCalendar.twentyFourSeven(CalendarFixtures.NEW_YORK);
    assertThat(newYork.businessTimeBetween(newYork("2025-11-02T00:00"), newYork("2025-11-03T00:00")))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void a_period_spanning_the_skipped_hour_is_an_hour_shorter_and_one_spanning_the_repeated_hour_an_hour_longer() {
    // given a Sunday night shift from 01:00 to 04:00
    BusinessCalendar night = BusinessCalendar.builder().zone(BERLIN).open(SUNDAY, "01:00", "04:00").build();
    // then
    assertThat(night.businessTimeBetween(berlin("2025-03-23T00:00"), berlin("2025-03-24T00:00")))
        .isEqualTo(Duration.ofHours(3));
    assertThat(night.businessTimeBetween(berlin("2025-03-30T00:00"), berlin("2025-03-31T00:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(night.businessTimeBetween(berlin("2025-10-26T00:00"), berlin("2025-10-27T00:00")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void a_period_inside_the_skipped_hour_is_not_worked_that_day() {
    // given
    BusinessCalendar odd = BusinessCalendar.builder().zone(BERLIN).open(SUNDAY, "02:15", "02:45").build();
    // then
    assertThat(odd.businessTimeBetween(berlin("2025-03-30T00:00"), berlin("2025-03-31T00:00"))).isZero();
    assertThat(odd.isOpen(berlin("2025-03-30T03:15"))).isFalse();
    assertThat(odd.businessTimeBetween(berlin("2025-03-23T00:00"), berlin("2025-03-24T00:00")))
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(odd.nextOpening(berlin("2025-03-30T00:00"))).isEqualTo(berlin("2025-04-06T02:15"));
  }

  @Test
  void a_period_ending_inside_the_repeated_hour_ends_the_first_time_the_clock_shows_its_end() {
    // given
    BusinessCalendar early = BusinessCalendar.builder().zone(BERLIN).open(SUNDAY, "00:00", "02:30").build();
    // then
    assertThat(early.businessTimeBetween(berlin("2025-10-26T00:00"), berlin("2025-10-27T00:00")))
        .isEqualTo(Duration.ofMinutes(150));
    assertThat(early.isOpen(at("2025-10-26T02:15+02:00"))).isTrue();
    assertThat(early.isOpen(at("2025-10-26T02:15+01:00"))).isFalse();
  }

  @Test
  void a_period_starting_inside_the_repeated_hour_starts_the_first_time_the_clock_shows_its_start() {
    // given
    BusinessCalendar late = BusinessCalendar.builder().zone(BERLIN).open(SUNDAY, "02:30", "04:00").build();
    // then
    assertThat(late.businessTimeBetween(berlin("2025-10-26T00:00"), berlin("2025-10-27T00:00")))
        .isEqualTo(Duration.ofMinutes(150));
    assertThat(late.nextOpening(berlin("2025-10-26T00:00"))).isEqualTo(at("2025-10-26T02:30+02:00"));
    assertThat(late.isOpen(at("2025-10-26T02:15+01:00"))).isTrue();
  }
}
