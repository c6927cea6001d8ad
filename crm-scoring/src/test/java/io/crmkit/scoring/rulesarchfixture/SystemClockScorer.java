package io.crmkit.scoring.rulesarchfixture;

import java.time.Instant;

/**
 * A scoring class that breaks the clock rule on purpose: it judges decay as of the system clock.
 * Only architecture tests import it.
 */
public final class SystemClockScorer {
  /** The age of an event in milliseconds, by the system clock. */
  public long ageMillis(Instant occurredAt) {
    return Instant.now().toEpochMilli() - occurredAt.toEpochMilli();
  }
}
