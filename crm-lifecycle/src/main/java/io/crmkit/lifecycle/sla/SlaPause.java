package io.crmkit.lifecycle.sla;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * A time during which a timer did not count: from an instant, until a later one or still ongoing.
 *
 * @param from when the pause began, inclusive
 * @param until when it ended, exclusive; empty while it goes on
 */
public record SlaPause(Instant from, Optional<Instant> until) {
  /**
   * Checks the pause.
   *
   * @throws CrmValidationException when a part is missing (rule {@code required}) or the pause ends
   *     before it begins ({@code slaPause.until}, {@code order})
   */
  public SlaPause {
    CrmValidationException.required("slaPause.from", from);
    CrmValidationException.required("slaPause.until", until);
    if (until.isPresent() && until.get().isBefore(from)) {
      throw CrmValidationException.of("slaPause.until", "order", until.get(), "a pause ends after it begins at " + from);
    }
  }

  /** A pause that has ended. */
  public static SlaPause between(Instant from, Instant until) {
    return new SlaPause(from, Optional.of(CrmValidationException.required("slaPause.until", until)));
  }

  /** A pause that goes on. */
  public static SlaPause ongoing(Instant from) {
    return new SlaPause(from, Optional.empty());
  }

  /** Whether the pause goes on. */
  public boolean isOngoing() {
    return until.isEmpty();
  }

  /** Whether the instant falls in the pause. */
  public boolean covers(Instant at) {
    return !at.isBefore(from) && (until.isEmpty() || at.isBefore(until.get()));
  }
}
