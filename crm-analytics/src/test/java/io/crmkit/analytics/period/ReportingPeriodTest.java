package io.crmkit.analytics.period;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void a_quarter_runs_from_the_first_day_of_its_first_month_to_the_last_day_of_its_third() {
    ReportingPeriod q1 = ReportingPeriod.quarter(2028, 1);

    assertThat(q1).isEqualTo(ReportingPeriod.of(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 31)));
    assertThat(q1.days()).isEqualTo(91);
    assertThat(ReportingPeriod.quarter(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void a_period_holds_its_first_and_last_day() {
    ReportingPeriod february = ReportingPeriod.month(YearMonth.of(2026, 2));

    assertThat(february.contains(LocalDate.of(2026, 2, 1))).isTrue();
    assertThat(february.contains(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(february.contains(LocalDate.of(2026, 3, 1))).isFalse();
    assertThat(february.contains(LocalDate.of(2026, 1, 31))).isFalse();
    assertThat(february.isBefore(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(february.isBefore(LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(february).hasToString("2026-02-01..2026-02-28");
  }

  @Test
  void a_single_day_is_a_period() {
    LocalDate day = LocalDate.of(2026, 5, 4);

    assertThat(ReportingPeriod.of(day, day).days()).isEqualTo(1);
  }

  @Test
  void bad_periods_are_refused() {
    assertRejected("period.lastDay", "order",
        () -> ReportingPeriod.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)));
    assertRejected("period.quarter", "range", () -> ReportingPeriod.quarter(2026, 5));
    assertRejected("period.quarter", "range", () -> ReportingPeriod.quarter(2026, 0));
    assertRejected("period.firstDay", "required", () -> ReportingPeriod.of(null, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void periods_sort_by_first_day_then_last_day() {
    ReportingPeriod january = ReportingPeriod.month(YearMonth.of(2026, 1));
    ReportingPeriod q1 = ReportingPeriod.quarter(2026, 1);

    assertThat(january).isLessThan(q1);
    assertThat(q1).isLessThan(ReportingPeriod.month(YearMonth.of(2026, 2)));
  }
}
