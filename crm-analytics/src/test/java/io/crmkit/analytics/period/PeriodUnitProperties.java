package io.crmkit.analytics.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PeriodUnitProperties {

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-20_000, 20_000).map(n -> LocalDate.of(2026, 1, 1).plusDays(n));
  }

  @Property
  void the_period_of_a_day_holds_it_and_every_day_of_it_has_the_same_period(
      @ForAll PeriodUnit unit, @ForAll("days") LocalDate day) {
    ReportingPeriod period = unit.periodOf(day);

    assertThat(period.contains(day)).isTrue();
    assertThat(unit.periodOf(period.firstDay())).isEqualTo(period);
    assertThat(unit.periodOf(period.lastDay())).isEqualTo(period);
  }

  @Property
  void the_next_period_starts_the_day_after(@ForAll PeriodUnit unit, @ForAll("days") LocalDate day) {
    ReportingPeriod next = unit.nextAfter(day);

    assertThat(next.firstDay()).isEqualTo(unit.periodOf(day).lastDay().plusDays(1));
    assertThat(unit.periodOf(next.firstDay())).isEqualTo(next);
  }

  @Property
  void a_week_runs_monday_to_sunday(@ForAll("days") LocalDate day) {
    ReportingPeriod week = PeriodUnit.WEEK.periodOf(day);

    assertThat(week.firstDay().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(week.days()).isEqualTo(7);
  }

  @Test
  void known_periods_of_one_day() {
    LocalDate day = LocalDate.of(2026, 8, 19);

    assertThat(PeriodUnit.DAY.periodOf(day)).isEqualTo(ReportingPeriod.of(day, day));
    assertThat(PeriodUnit.WEEK.periodOf(day))
        .isEqualTo(ReportingPeriod.of(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 23)));
    assertThat(PeriodUnit.QUARTER.periodOf(day)).isEqualTo(ReportingPeriod.quarter(2026, 3));
    assertThat(PeriodUnit.YEAR.periodOf(day)).isEqualTo(ReportingPeriod.year(2026));
  }
}
