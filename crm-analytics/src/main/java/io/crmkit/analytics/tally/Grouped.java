package io.crmkit.analytics.tally;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One tally per group (per segment, per case type, per month): itself mergeable, group by group, so
 * partial results over chunks combine like the tallies inside.
 *
 * @param groups the tally of each group that has input, unmodifiable; a group with no input is absent
 * @param <K> the group key
 * @param <T> the tally kept per group
 */
public record Grouped<K, T extends Mergeable<T>>(Map<K, T> groups) implements Mergeable<Grouped<K, T>> {

  /** Copies the groups. */
  public Grouped {
    CrmValidationException.required("grouped.groups", groups);
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  /** No group. */
  public static <K, T extends Mergeable<T>> Grouped<K, T> empty() {
    return new Grouped<K, T>(Map.of());
  }

  /**
   * Groups rows by a key and tallies each group's rows in one pass.
   *
   * @param rows the input
   * @param key the group of a row; never null
   * @param tally the tally of one group's rows, in input order
   */
  public static <R, K, T extends Mergeable<T>> Grouped<K, T> of(
      Iterable<? extends R> rows, Function<? super R, ? extends K> key, Function<List<R>, T> tally) {
    CrmValidationException.required("rows", rows);
    Map<K, List<R>> byKey = new LinkedHashMap<>();
    for (R row : rows) {
      byKey.computeIfAbsent(CrmValidationException.required("group key", key.apply(row)), k -> new ArrayList<>())
          .add(row);
    }
    Map<K, T> tallies = new LinkedHashMap<>();
    byKey.forEach((k, groupRows) -> tallies.put(k, tally.apply(groupRows)));
    return new Grouped<>(tallies);
  }

  /** The tally of a group; empty when the group had no input. */
  public Optional<T> get(K key) {
    return Optional.ofNullable(groups.get(key));
  }

  /** The groups' keys in the given order. */
  public List<K> keys(Comparator<? super K> order) {
    List<K> keys = new ArrayList<>(groups.keySet());
    keys.sort(order);
    return List.copyOf(keys);
  }

  /** All groups combined into one tally, starting from {@code empty}. */
  public T total(T empty) {
    T total = empty;
    for (T t : groups.values()) {
      total = total.combine(t);
    }
    return total;
  }

  @Override
  public Grouped<K, T> combine(Grouped<K, T> other) {
    Map<K, T> merged = new LinkedHashMap<>(groups);
    other.groups.forEach((k, t) -> merged.merge(k, t, Mergeable::combine));
    return new Grouped<>(merged);
  }
}
