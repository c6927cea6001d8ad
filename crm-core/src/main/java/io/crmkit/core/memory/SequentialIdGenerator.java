package io.crmkit.core.memory;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.port.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Ids made of a prefix and a counter from 1: {@code acc-1}, {@code acc-2}... Deterministic, so tests
 * and demos can name the ids they will get; thread-safe.
 */
public final class SequentialIdGenerator implements IdGenerator {
  /** The longest prefix accepted, so that ids stay within {@code AggregateId.MAX_LENGTH}. */
  public static final int MAX_PREFIX_LENGTH = 40;

  private static final Pattern PREFIX = Pattern.compile("[^\\s\\p{Cntrl}]{0," + MAX_PREFIX_LENGTH + "}");

  private final String prefix;
  private final AtomicLong counter = new AtomicLong();

  /**
   * Makes a generator.
   *
   * @param prefix put before each number; may be empty
   * @throws CrmValidationException when the prefix holds white space or control characters, or is
   *     longer than {@link #MAX_PREFIX_LENGTH}
   */
  public SequentialIdGenerator(String prefix) {
    CrmValidationException.required("idGenerator.prefix", prefix);
    if (!PREFIX.matcher(prefix).matches()) {
      throw CrmValidationException.of("idGenerator.prefix", "invalid", prefix,
          "at most " + MAX_PREFIX_LENGTH + " characters, without white space or control characters");
    }
    this.prefix = prefix;
  }

  /** The prefix followed by the next number, starting at 1. */
  @Override
  public String nextId() {
    return prefix + counter.incrementAndGet();
  }
}
