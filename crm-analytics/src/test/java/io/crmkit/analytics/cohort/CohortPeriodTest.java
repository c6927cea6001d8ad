package io.crmkit.analytics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortPeriodTest {

  @Test
  void months_and_quarters_are_numbered_from_january_1970() {
    assertThat(CohortPeriod.MONTH.index(LocalDate.parse("1970-01-31"))).isZero();
    assertThat(CohortPeriod.MONTH.index(LocalDate.parse("1997-03-15"))).isEqualTo(27 * 12 + 2);
    assertThat(CohortPeriod.MONTH.index(LocalDate.parse("1969-12-31"))).isEqualTo(-1);
    assertThat(CohortPeriod.QUARTER.index(LocalDate.parse("1997-03-31"))).isEqualTo(27 * 4);
    assertThat(CohortPeriod.QUARTER.index(LocalDate.parse("1997-04-01"))).isEqualTo(27 * 4 + 1);
  }

  @Test
  void weeks_run_monday_to_sunday() {
    int monday = CohortPeriod.WEEK.index(LocalDate.parse("2024-12-30"));

    assertThat(CohortPeriod.WEEK.index(LocalDate.parse("2025-01-05"))).isEqualTo(monday);
    assertThat(CohortPeriod.WEEK.index(LocalDate.parse("2025-01-06"))).isEqualTo(monday + 1);
    assertThat(CohortPeriod.WEEK.index(LocalDate.parse("2024-12-29"))).isEqualTo(monday - 1);
    assertThat(CohortPeriod.WEEK.start(monday)).isEqualTo(LocalDate.parse("2024-12-30"));
  }

  @Test
  void a_period_is_named_by_its_calendar() {
    assertThat(CohortPeriod.DAY.label(CohortPeriod.DAY.index(LocalDate.parse("1997-01-05")))).isEqualTo("1997-01-05");
    assertThat(CohortPeriod.MONTH.label(CohortPeriod.MONTH.index(LocalDate.parse("1997-01-05")))).isEqualTo("1997-01");
    assertThat(CohortPeriod.QUARTER.label(CohortPeriod.QUARTER.index(LocalDate.parse("1997-05-05"))))
        .isEqualTo("1997-Q2");
    // ISO weeks belong to the year of their Thursday
    assertThat(CohortPeriod.WEEK.label(CohortPeriod.WEEK.index(LocalDate.parse("2024-12-31")))).isEqualTo("2025-W01");
    assertThat(CohortPeriod.WEEK.label(CohortPeriod.WEEK.index(LocalDate.parse("2021-01-03")))).isEqualTo("2020-W53");
  }

  @Test
  void a_period_starts_on_its_first_day() {
    assertThat(CohortPeriod.MONTH.start(CohortPeriod.MONTH.index(LocalDate.parse("1997-02-20"))))
        .isEqualTo(LocalDate.parse("1997-02-01"));
    assertThat(CohortPeriod.QUARTER.start(CohortPeriod.QUARTER.index(LocalDate.parse("1997-12-20"))))
        .isEqualTo(LocalDate.parse("1997-10-01"));
    assertThat(CohortPeriod.MONTH.start(-1)).isEqualTo(LocalDate.parse("1969-12-01"));
  }
}
