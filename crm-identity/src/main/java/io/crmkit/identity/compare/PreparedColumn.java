package io.crmkit.identity.compare;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One comparison's field of many records, prepared once for pairwise comparison: each value in
 * matching form and, when the comparison's levels need them, its phonetic codes and its day number.
 * Made by {@link Comparison#prepare}; read by {@link Comparison#level}.
 */
public final class PreparedColumn {
  static final int NO_DATE = Integer.MIN_VALUE;

  final @Nullable String[] text;
  final @Nullable String @Nullable [] phoneticPrimary;
  final @Nullable String @Nullable [] phoneticAlternate;
  final int @Nullable [] epochDay;
  /** By level position: each value's nickname groups, for the nickname levels only. */
  final int[] @Nullable [] @Nullable [] nicknameGroups;

  PreparedColumn(String[] text, String[] phoneticPrimary, String[] phoneticAlternate, int[] epochDay,
      int[][][] nicknameGroups) {
    this.text = text;
    this.phoneticPrimary = phoneticPrimary;
    this.phoneticAlternate = phoneticAlternate;
    this.epochDay = epochDay;
    this.nicknameGroups = nicknameGroups;
  }

  /** The number of records. */
  public int size() {
    return text.length;
  }

  /** The matching form of record {@code index}'s value, or empty when it is missing. */
  public Optional<String> value(int index) {
    return Optional.ofNullable(text[index]);
  }

  /** The matching forms by record index, {@code null} where missing (a copy). */
  public @Nullable String[] values() {
    return text.clone();
  }

  /** Whether record {@code index} has a value. */
  public boolean isPresent(int index) {
    return text[index] != null;
  }
}
