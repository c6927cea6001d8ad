package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;

/**
 * How the engagement points of a rule group shrink with the age of the events behind them, judged as
 * of a date: not at all, to nothing after a time window, or by half every half-life.
 *
 * <p>A weight is 1 at age 0 and never grows with age.
 */
public sealed interface Decay {
  /** The most days a window or a half-life may last: ten years. */
  int MAX_DAYS = 3650;

  /** The share of its points an event keeps at {@code ageDays} days old: from 0 to 1, 1 at age 0. */
  double weight(double ageDays);

  /** The decay in words, for an explanation. */
  String describe();

  /** No decay: points keep their full value. */
  static Decay none() {
    return None.INSTANCE;
  }

  /** Events count in full for {@code days} days and not at all afterwards. */
  static Decay window(int days) {
    return new Window(days);
  }

  /** Events lose half their value every {@code days} days: 30 for "50% per month". */
  static Decay halfLife(int days) {
    return new HalfLife(days);
  }

  /** No decay. */
  enum None implements Decay {
    /** The one value. */
    INSTANCE;

    @Override
    public double weight(double ageDays) {
      return 1;
    }

    @Override
    public String describe() {
      return "no decay";
    }
  }

  /**
   * Points count in full while the event is at most {@code days} days old, and not at all after.
   *
   * @param days the length of the window, 1 to {@value #MAX_DAYS} days
   */
  record Window(int days) implements Decay {
    /** Checks the length. */
    public Window {
      checkDays("decay.windowDays", days);
    }

    @Override
    public double weight(double ageDays) {
      return ageDays <= days ? 1 : 0;
    }

    @Override
    public String describe() {
      return "counts for " + days + " days";
    }
  }

  /**
   * Points halve every {@code days} days: an event keeps {@code 0.5^(age / days)} of its points.
   *
   * @param days the half-life, 1 to {@value #MAX_DAYS} days
   */
  record HalfLife(int days) implements Decay {
    /** Checks the half-life. */
    public HalfLife {
      checkDays("decay.halfLifeDays", days);
    }

    @Override
    public double weight(double ageDays) {
      return ageDays <= 0 ? 1 : Math.pow(0.5, ageDays / days);
    }

    @Override
    public String describe() {
      return "halves every " + days + " days";
    }
  }

  private static void checkDays(String field, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw CrmValidationException.of(field, "range", days, "from 1 to " + MAX_DAYS + " days");
    }
  }
}
