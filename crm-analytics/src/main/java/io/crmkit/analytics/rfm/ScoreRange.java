package io.crmkit.analytics.rfm;

import io.crmkit.core.CrmValidationException;

/**
 * An inclusive range of scores of one dimension in a segment rule: {@code 3-5}, or {@code 5} alone.
 *
 * @param low the lowest score in the range, 1 or more
 * @param high the highest, {@code low} or more
 */
public record ScoreRange(int low, int high) {
  /** Scores from 1 up: any score at all. */
  public static final ScoreRange ANY = new ScoreRange(1, Integer.MAX_VALUE);

  /** Checks that {@code 1 <= low <= high}. */
  public ScoreRange {
    if (low < 1) {
      throw CrmValidationException.of("rfm.segment.scoreRange", "positive", low, "scores start at 1");
    }
    if (high < low) {
      throw CrmValidationException.of("rfm.segment.scoreRange", "ordered", low + "-" + high,
          "the highest score is at least the lowest");
    }
  }

  /** The scores from {@code low} to {@code high}, both included. */
  public static ScoreRange between(int low, int high) {
    return new ScoreRange(low, high);
  }

  /** The one score {@code score}. */
  public static ScoreRange only(int score) {
    return new ScoreRange(score, score);
  }

  /** Whether a score lies in the range. */
  public boolean contains(int score) {
    return score >= low && score <= high;
  }

  /** {@code 3-5}, {@code 5}, or {@code any}. */
  @Override
  public String toString() {
    if (equals(ANY)) {
      return "any";
    }
    if (high == Integer.MAX_VALUE) {
      return low + "+";
    }
    return low == high ? Integer.toString(low) : low + "-" + high;
  }
}
