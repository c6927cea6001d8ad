package io.crmkit.analytics.cohort;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The period that cohorts and activity are counted in. Periods are numbered on one line for each
 * kind (day 0 = 1970-01-01, week 0 = the ISO week of 1970-01-01, month 0 = 1970-01, quarter 0 =
 * 1970-Q1), so "periods since" is a subtraction.
 */
public enum CohortPeriod {
  /** Calendar days. */
  DAY,
  /** ISO weeks, Monday to Sunday. */
  WEEK,
  /** Calendar months. */
  MONTH,
  /** Calendar quarters: January to March, ... */
  QUARTER;

  /** Days from the Monday 1969-12-29 (the start of week 0) to 1970-01-01. */
  private static final int MONDAY_BEFORE_EPOCH = 3;

  /** The number of the period a day (as {@link LocalDate#toEpochDay()}) falls in. */
  public int index(long epochDay) {
    return switch (this) {
      case DAY -> Math.toIntExact(epochDay);
      case WEEK -> Math.toIntExact(Math.floorDiv(epochDay + MONDAY_BEFORE_EPOCH, 7));
      case MONTH -> month(LocalDate.ofEpochDay(epochDay));
      case QUARTER -> Math.floorDiv(month(LocalDate.ofEpochDay(epochDay)), 3);
    };
  }

  /** The number of the period a day falls in. */
  public int index(LocalDate day) {
    return index(day.toEpochDay());
  }

  /** The first day of a period. */
  public LocalDate start(int index) {
    return switch (this) {
      case DAY -> LocalDate.ofEpochDay(index);
      case WEEK -> LocalDate.ofEpochDay(7L * index - MONDAY_BEFORE_EPOCH);
      case MONTH -> LocalDate.of(1970 + Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
      case QUARTER -> LocalDate.of(1970 + Math.floorDiv(index, 4), Math.floorMod(index, 4) * 3 + 1, 1);
    };
  }

  /** A period's name: {@code 1997-01-05}, {@code 1997-W01}, {@code 1997-01}, {@code 1997-Q1}. */
  public String label(int index) {
    LocalDate start = start(index);
    return switch (this) {
      case DAY -> start.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.with(DayOfWeek.THURSDAY).get(IsoFields.WEEK_BASED_YEAR),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + (start.getMonthValue() + 2) / 3;
    };
  }

  private static int month(LocalDate day) {
    return (day.getYear() - 1970) * 12 + day.getMonthValue() - 1;
  }
}
