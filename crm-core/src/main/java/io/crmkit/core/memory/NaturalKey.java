package io.crmkit.core.memory;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A natural key an {@link InMemoryStore} indexes its records by, such as an account's domain or a
 * contact's e-mail addresses. A record has any number of values for a key (none, one or several);
 * values are compared with {@code equals}, so give normalised values.
 *
 * @param <A> the record type
 * @param <K> the key's value type
 */
public final class NaturalKey<A, K> {
  private final String name;
  private final Function<? super A, ? extends Collection<? extends K>> values;

  private NaturalKey(String name, Function<? super A, ? extends Collection<? extends K>> values) {
    this.name = Objects.requireNonNull(name, "name");
    this.values = Objects.requireNonNull(values, "values");
  }

  /** A key every record has exactly one value of, such as a folded name. */
  public static <A, K> NaturalKey<A, K> of(String name, Function<? super A, ? extends K> value) {
    Objects.requireNonNull(value, "value");
    return new NaturalKey<>(name, a -> Set.of(value.apply(a)));
  }

  /** A key a record has at most one value of, such as an optional domain. */
  public static <A, K> NaturalKey<A, K> optional(String name, Function<? super A, Optional<K>> value) {
    Objects.requireNonNull(value, "value");
    return new NaturalKey<>(name, a -> value.apply(a).map(Set::of).orElse(Set.of()));
  }

  /** A key a record has any number of values of, such as its e-mail addresses. */
  public static <A, K> NaturalKey<A, K> many(
      String name, Function<? super A, ? extends Collection<? extends K>> values) {
    return new NaturalKey<>(name, values);
  }

  /** The key's name, for messages. */
  public String name() {
    return name;
  }

  /** The record's values of this key, immutable. */
  Set<K> valuesOf(A record) {
    return Set.copyOf(values.apply(record));
  }

  @Override
  public String toString() {
    return name;
  }
}
