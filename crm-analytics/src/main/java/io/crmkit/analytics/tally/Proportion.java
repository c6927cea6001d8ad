package io.crmkit.analytics.tally;

import io.crmkit.core.CrmValidationException;
import java.util.OptionalDouble;

/**
 * A part of a whole, counted: 3 deals won out of 4 closed. Proportions combine by adding both
 * counts, so a rate over chunks is the rate over the whole input.
 *
 * @param part how many of the whole have the property; 0 to {@code whole}
 * @param whole how many were counted; 0 or more
 */
public record Proportion(long part, long whole) implements Mergeable<Proportion> {
  private static final Proportion NONE = new Proportion(0, 0);

  /**
   * Checks the counts.
   *
   * @throws CrmValidationException when the whole is negative ({@code proportion.whole}, rule
   *     {@code range}) or the part is negative or above the whole ({@code proportion.part},
   *     {@code range})
   */
  public Proportion {
    if (whole < 0) {
      throw CrmValidationException.of("proportion.whole", "range", whole, "a count is 0 or more");
    }
    if (part < 0 || part > whole) {
      throw CrmValidationException.of("proportion.part", "range", part, "a part is from 0 to the whole " + whole);
    }
  }

  /** Nothing counted: 0 of 0. */
  public static Proportion none() {
    return NONE;
  }

  /** {@code part} of {@code whole}. */
  public static Proportion of(long part, long whole) {
    return new Proportion(part, whole);
  }

  /** This proportion with one more item counted, which has the property or not. */
  public Proportion count(boolean hasIt) {
    return new Proportion(hasIt ? part + 1 : part, whole + 1);
  }

  /** The part as a share of the whole, 0 to 1; empty when nothing was counted. */
  public OptionalDouble share() {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }

  /** Whether nothing was counted. */
  public boolean isEmpty() {
    return whole == 0;
  }

  @Override
  public Proportion combine(Proportion other) {
    return new Proportion(part + other.part, whole + other.whole);
  }

  @Override
  public String toString() {
    return part + "/" + whole;
  }
}
