package io.crmkit.identity.match;

import java.util.Optional;

/**
 * What one comparison added to a pair's match weight.
 *
 * @param comparison the comparison's name
 * @param level the level the pair landed on ({@code missing}, {@code exact}, ..., {@code else})
 * @param leftValue the left record's value in matching form, if present
 * @param rightValue the right record's value in matching form, if present
 * @param weight the level's weight, {@code log2(m / u)} bits (0 for missing)
 * @param termFrequencyAdjustment the adjustment for how common the agreed value is, in bits (0
 *     unless the pair agrees exactly on a comparison with term frequencies)
 */
public record WeightContribution(String comparison, String level, Optional<String> leftValue,
    Optional<String> rightValue, double weight, double termFrequencyAdjustment) {

  /** The level's weight and its adjustment together, in bits. */
  public double total() {
    return weight + termFrequencyAdjustment;
  }
}
