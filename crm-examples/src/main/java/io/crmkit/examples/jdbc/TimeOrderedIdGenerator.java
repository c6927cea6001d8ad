package io.crmkit.examples.jdbc;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.port.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for records kept in a database: UUIDs of version 7 (RFC 9562) in their 36-character text
 * form, which begin with the time they were made, so that ids made later sort later, as text too.
 * A new record's key then goes to the end of the primary key's index and of the side tables keyed
 * by it, where random (version 4) UUIDs go to a random page each: an import of many records into
 * the embedded H2 database is several times faster with these. Thread-safe.
 *
 * <p>Layout: 48 bits of Unix time in milliseconds from the clock, the version, 12 bits of a counter
 * that orders the ids made in the same millisecond, the variant and 62 random bits from a
 * {@link SecureRandom}. When more than 4,096 ids are made in a millisecond, or the clock steps
 * back, the time part runs ahead of the clock instead, so that every id sorts after the one before.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {
  private static final int COUNTER_BITS = 12;
  private static final long VERSION_7 = 0x7000L;
  private static final long VARIANT = 0x8000_0000_0000_0000L;
  private static final long RANDOM_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  /** The time in milliseconds and the counter of the last id, as {@code millis << 12 | counter}. */
  private final AtomicLong last = new AtomicLong();

  /**
   * Makes a generator.
   *
   * @param clock the time the ids begin with, such as {@code Clock.systemUTC()}
   */
  public TimeOrderedIdGenerator(Clock clock) {
    this.clock = CrmValidationException.required("clock", clock);
  }

  /** A new version 7 UUID as text, sorting after every id this generator made before. */
  @Override
  public String nextId() {
    long now = clock.millis() << COUNTER_BITS;
    long stamp = last.updateAndGet(previous -> Math.max(previous + 1, now));
    long millis = stamp >>> COUNTER_BITS;
    long counter = stamp & ((1L << COUNTER_BITS) - 1);
    long high = millis << 16 | VERSION_7 | counter;
    long low = VARIANT | random.nextLong() & RANDOM_BITS;
    return new UUID(high, low).toString();
  }
}
