package io.crmkit.examples.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that stands still at an instant until the demo moves it on: fixed, so every run of the
 * demo prints the same times, yet able to show days passing. Not thread-safe; the demo runs on one
 * thread.
 */
public final class DemoClock extends Clock {
  private Instant now;

  /** A clock standing at {@code start}. */
  public DemoClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /** Moves the clock on by {@code duration} (not negative). */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward: " + duration);
    }
    now = now.plus(duration);
  }

  /**
   * Moves the clock on to {@code instant}; standing still when it is already there.
   *
   * @throws IllegalArgumentException when {@code instant} is before the clock's time
   */
  public void advanceTo(Instant instant) {
    advance(Duration.between(now, Objects.requireNonNull(instant, "instant")));
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock keeps UTC; another zone is refused, as the demo prints UTC times. */
  @Override
  public Clock withZone(ZoneId zone) {
    if (!ZoneOffset.UTC.equals(zone)) {
      throw new UnsupportedOperationException("the demo clock keeps UTC");
    }
    return this;
  }
}
