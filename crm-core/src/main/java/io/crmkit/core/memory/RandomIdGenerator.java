package io.crmkit.core.memory;

import io.crmkit.core.port.IdGenerator;
import java.util.UUID;

/** Ids that are random UUIDs in their 36-character text form; thread-safe. */
public final class RandomIdGenerator implements IdGenerator {
  /** Makes a generator. */
  public RandomIdGenerator() {}

  /** A new random (version 4) UUID as text. */
  @Override
  public String nextId() {
    return UUID.randomUUID().toString();
  }
}
