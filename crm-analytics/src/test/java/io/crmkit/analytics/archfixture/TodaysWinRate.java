package io.crmkit.analytics.archfixture;

import java.time.LocalDate;

/** Breaks the clock rule: judges deals as of the system clock's today. */
public final class TodaysWinRate {
  private TodaysWinRate() {}

  /** Whether a deal closing on {@code day} is overdue today. */
  public static boolean overdue(LocalDate day) {
    return day.isBefore(LocalDate.now());
  }
}
