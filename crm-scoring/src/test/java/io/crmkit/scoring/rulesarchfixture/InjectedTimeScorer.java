package io.crmkit.scoring.rulesarchfixture;

import java.time.Instant;
import java.util.function.ToIntFunction;

/**
 * A scoring class that keeps every rule: time passed in, fields read through an accessor, no JSON.
 * Only architecture tests import it.
 */
public final class InjectedTimeScorer<R> {
  private final ToIntFunction<R> size;

  /** A scorer reading the size through {@code size}. */
  public InjectedTimeScorer(ToIntFunction<R> size) {
    this.size = size;
  }

  /** Points for a large company, as of {@code asOf}. */
  public int points(R record, Instant asOf) {
    return size.applyAsInt(record) >= 500 && asOf.getEpochSecond() > 0 ? 10 : 0;
  }
}
