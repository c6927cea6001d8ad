package io.crmkit.analytics.period;

import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * A span of whole days that a measure reports on, first and last day included: a month, a quarter,
 * a fiscal year or any other range.
 *
 * <p>Periods sort by first day, then by last day.
 *
 * @param firstDay the first day in the period
 * @param lastDay the last day in the period; not before {@code firstDay}
 */
public record ReportingPeriod(LocalDate firstDay, LocalDate lastDay) implements Comparable<ReportingPeriod> {
  private static final Comparator<ReportingPeriod> ORDER =
      Comparator.comparing(ReportingPeriod::firstDay).thenComparing(ReportingPeriod::lastDay);

  /**
   * Checks the period.
   *
   * @throws CrmValidationException when a day is missing ({@code period.firstDay} or
   *     {@code period.lastDay}, rule {@code required}) or the last day is before the first
   *     ({@code period.lastDay}, rule {@code order})
   */
  public ReportingPeriod {
    CrmValidationException.required("period.firstDay", firstDay);
    CrmValidationException.required("period.lastDay", lastDay);
    if (lastDay.isBefore(firstDay)) {
      throw CrmValidationException.of("period.lastDay", "order", lastDay,
          "the last day is before the first day " + firstDay);
    }
  }

  /** The period from {@code firstDay} to {@code lastDay}, both included. */
  public static ReportingPeriod of(LocalDate firstDay, LocalDate lastDay) {
    return new ReportingPeriod(firstDay, lastDay);
  }

  /** A calendar month. */
  public static ReportingPeriod month(YearMonth month) {
    CrmValidationException.required("period.month", month);
    return new ReportingPeriod(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * A calendar quarter: Q1 is January to March.
   *
   * @throws CrmValidationException when the quarter is not 1 to 4 ({@code period.quarter}, rule
   *     {@code range})
   */
  public static ReportingPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw CrmValidationException.of("period.quarter", "range", quarter, "a quarter is 1 to 4");
    }
    YearMonth first = YearMonth.of(year, 3 * quarter - 2);
    return new ReportingPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /** A calendar year. */
  public static ReportingPeriod year(int year) {
    return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Whether the day falls in the period, first and last day included. */
  public boolean contains(LocalDate day) {
    CrmValidationException.required("day", day);
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  /** Whether the period ends before the day: the day is after its last day. */
  public boolean isBefore(LocalDate day) {
    CrmValidationException.required("day", day);
    return day.isAfter(lastDay);
  }

  /** The number of days in the period, 1 or more. */
  public long days() {
    return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return firstDay + ".." + lastDay;
  }
}
