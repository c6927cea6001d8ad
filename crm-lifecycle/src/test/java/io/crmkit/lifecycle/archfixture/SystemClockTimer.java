package io.crmkit.lifecycle.archfixture;

import java.time.Instant;

/**
 * A lifecycle class that breaks the clock rule on purpose: it stamps a move with the system clock.
 * Only architecture tests import it.
 */
public final class SystemClockTimer {
  /** When a record entered its stage, by the system clock. */
  public Instant enteredAt() {
    return Instant.now();
  }
}
