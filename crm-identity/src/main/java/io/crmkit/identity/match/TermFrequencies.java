package io.crmkit.identity.match;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each value of one field occurs among the records matched, for the term-frequency
 * adjustment of the exact level: agreeing on a common value ("smith") is weaker evidence than
 * agreeing on a rare one ("sondergeld").
 *
 * <p>The adjustment of value {@code v} is {@code log2(u / f(v))} bits, where {@code f(v)} is the
 * share of present values that are {@code v} (the chance a record other than this one has it), and
 * {@code u = sum of f(v)^2} is the chance two random records agree at all: the adjustments average
 * out to about zero over the pairs that agree, and the model's own exact-level u stays in charge of
 * how strong agreement is in general (as in Splink).
 */
public final class TermFrequencies {
  private final Map<String, Integer> counts;
  private final long present;
  private final double agreement;

  private TermFrequencies(Map<String, Integer> counts, long present) {
    this.counts = counts;
    this.present = present;
    double sum = 0;
    for (int count : counts.values()) {
      double share = (double) count / present;
      sum += share * share;
    }
    this.agreement = sum;
  }

  /** Counts the present values of one or more columns of matching forms ({@code null} is missing). */
  static TermFrequencies count(String[]... columns) {
    Map<String, Integer> counts = new HashMap<>();
    long present = 0;
    for (String[] column : columns) {
      for (String value : column) {
        if (value != null) {
          counts.merge(value, 1, Integer::sum);
          present++;
        }
      }
    }
    return new TermFrequencies(counts, Math.max(1, present));
  }

  /** The share of present values equal to {@code value}, counting at least one occurrence. */
  public double frequency(String value) {
    return (double) Math.max(1, counts.getOrDefault(value, 0)) / present;
  }

  /** The chance two random present values agree: the sum of squared shares. */
  public double agreement() {
    return agreement;
  }

  /** The adjustment in bits of the exact level's weight when a pair agrees on {@code value}. */
  public double adjustment(String value) {
    return Math.log(agreement / frequency(value)) / Math.log(2);
  }

  /** The number of distinct values. */
  public int distinctValues() {
    return counts.size();
  }
}
