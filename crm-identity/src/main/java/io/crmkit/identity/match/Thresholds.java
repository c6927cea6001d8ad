package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;

/**
 * The match probabilities that decide a pair: at least {@code match} is a {@link Decision#MATCH},
 * at least {@code review} (and below {@code match}) is a {@link Decision#REVIEW}, below that a
 * {@link Decision#NON_MATCH}. Equal thresholds leave no review band.
 *
 * @param review the least probability to review, above 0 and at most {@code match}
 * @param match the least probability to match, above 0 and below 1
 */
public record Thresholds(double review, double match) {
  /** Match from 0.9, review from 0.5. */
  public static final Thresholds DEFAULT = new Thresholds(0.5, 0.9);

  /**
   * Checks the thresholds.
   *
   * @throws CrmValidationException naming {@code thresholds.match} or {@code thresholds.review}
   *     (rule {@code range}) when a threshold is outside (0, 1), or the review threshold is above
   *     the match threshold
   */
  public Thresholds {
    if (!(match > 0 && match < 1)) {
      throw CrmValidationException.of("thresholds.match", "range", match, "a probability above 0 and below 1");
    }
    if (!(review > 0 && review <= match)) {
      throw CrmValidationException.of("thresholds.review", "range", review,
          "a probability above 0 and at most the match threshold " + match);
    }
  }

  /** Thresholds from probabilities. */
  public static Thresholds of(double review, double match) {
    return new Thresholds(review, match);
  }

  /** The decision for a match probability. */
  public Decision decide(double probability) {
    if (probability >= match) {
      return Decision.MATCH;
    }
    return probability >= review ? Decision.REVIEW : Decision.NON_MATCH;
  }

  /** The match weight (log2 odds, bits) of the match threshold. */
  public double matchWeight() {
    return FellegiSunterModel.weightOf(match);
  }

  /** The match weight (log2 odds, bits) of the review threshold. */
  public double reviewWeight() {
    return FellegiSunterModel.weightOf(review);
  }
}
