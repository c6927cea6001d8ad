package io.crmkit.core.contact.archfixture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A domain class that breaks the clock rule on purpose: it reads the system clock. Only
 * architecture tests import it.
 */
public final class SystemClockFollowUp {
  /** When to follow up: in a day, by the system clock. */
  public Instant due() {
    return Instant.now().plusSeconds(86_400);
  }

  /** Today, by the system clock. */
  public LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** Milliseconds since the epoch, by the system clock. */
  public long stamp() {
    return System.currentTimeMillis();
  }
}
