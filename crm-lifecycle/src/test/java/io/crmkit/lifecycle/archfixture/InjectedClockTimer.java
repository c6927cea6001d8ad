package io.crmkit.lifecycle.archfixture;

import java.time.Clock;
import java.time.Instant;

/**
 * A lifecycle class that keeps the rules: time from an injected clock, no Jackson, no regex. Only
 * architecture tests import it.
 */
public final class InjectedClockTimer {
  private final Clock clock;

  /** A timer reading the given clock. */
  public InjectedClockTimer(Clock clock) {
    this.clock = clock;
  }

  /** Now, by the injected clock. */
  public Instant now() {
    return Instant.now(clock);
  }
}
