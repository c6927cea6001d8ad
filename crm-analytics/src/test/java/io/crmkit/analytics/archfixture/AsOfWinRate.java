package io.crmkit.analytics.archfixture;

import java.time.Clock;
import java.time.LocalDate;

/** Keeps the clock rule: the day comes from the caller, or from a clock it passes in. */
public final class AsOfWinRate {
  private AsOfWinRate() {}

  /** Whether a deal closing on {@code day} is overdue as of {@code asOf}. */
  public static boolean overdue(LocalDate day, LocalDate asOf) {
    return day.isBefore(asOf);
  }

  /** Whether a deal closing on {@code day} is overdue on the clock's today. */
  public static boolean overdue(LocalDate day, Clock clock) {
    return day.isBefore(LocalDate.now(clock));
  }
}
