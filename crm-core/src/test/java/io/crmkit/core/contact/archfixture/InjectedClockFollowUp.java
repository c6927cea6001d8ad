package io.crmkit.core.contact.archfixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A domain class that keeps the clock rule: every reading of time goes through an injected Clock.
 * Only architecture tests import it.
 */
public final class InjectedClockFollowUp {
  private final Clock clock;

  /** Makes it with the clock to read. */
  public InjectedClockFollowUp(Clock clock) {
    this.clock = clock;
  }

  /** When to follow up: in a day, by the injected clock. */
  public Instant due() {
    return Instant.now(clock).plusSeconds(86_400);
  }

  /** Today, by the injected clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
