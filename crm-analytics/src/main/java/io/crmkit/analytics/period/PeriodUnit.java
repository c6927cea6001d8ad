package io.crmkit.analytics.period;

import io.crmkit.core.CrmValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** How a calendar is cut into reporting periods: by day, ISO week, month, quarter or year. */
public enum PeriodUnit {
  /** One day. */
  DAY,
  /** An ISO week, Monday to Sunday. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter, Q1 being January to March. */
  QUARTER,
  /** A calendar year. */
  YEAR;

  /** The period of this unit that holds the day: {@code MONTH.periodOf(2026-02-14)} is February 2026. */
  public ReportingPeriod periodOf(LocalDate day) {
    CrmValidationException.required("day", day);
    return switch (this) {
      case DAY -> ReportingPeriod.of(day, day);
      case WEEK -> {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield ReportingPeriod.of(monday, monday.plusDays(6));
      }
      case MONTH -> ReportingPeriod.month(YearMonth.from(day));
      case QUARTER -> ReportingPeriod.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
      case YEAR -> ReportingPeriod.year(day.getYear());
    };
  }

  /** The period of this unit that follows the one holding the day. */
  public ReportingPeriod nextAfter(LocalDate day) {
    return periodOf(periodOf(day).lastDay().plusDays(1));
  }
}
