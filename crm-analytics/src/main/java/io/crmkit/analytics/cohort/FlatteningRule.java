package io.crmkit.analytics.cohort;

import io.crmkit.core.CrmValidationException;

/**
 * When a retention curve counts as flat: from period {@code k} (1 or later) on, every later observed
 * retention lies within {@code tolerance} of the retention at {@code k}, and at least {@code
 * minimumPeriods} later periods were observed. The curve flattens at the first such {@code k}.
 *
 * @param tolerance how far later retention may stray from the level, as a share (0.02 = 2 points)
 * @param minimumPeriods how many periods after {@code k} must be observed, 1 or more
 */
public record FlatteningRule(double tolerance, int minimumPeriods) {
  /** Within 2 points for at least 3 more periods. */
  public static final FlatteningRule DEFAULT = new FlatteningRule(0.02, 3);

  /** Checks the tolerance (0 to 1) and the periods (1 or more). */
  public FlatteningRule {
    if (!(tolerance >= 0 && tolerance <= 1)) {
      throw CrmValidationException.of("cohort.flattening.tolerance", "range", tolerance,
          "a share of customers between 0 and 1");
    }
    if (minimumPeriods < 1) {
      throw CrmValidationException.of("cohort.flattening.minimumPeriods", "positive", minimumPeriods,
          "observe at least one period after the curve flattens");
    }
  }

  /**
   * Where a curve flattens.
   *
   * @param retention retention by period since, from 0, as far as observed
   * @return the period and its retention; −1 in the period when the curve does not flatten
   */
  Flattening.Found find(double[] retention) {
    for (int k = 1; k + minimumPeriods < retention.length; k++) {
      double level = retention[k];
      boolean flat = true;
      for (int j = k + 1; j < retention.length && flat; j++) {
        flat = Math.abs(retention[j] - level) <= tolerance;
      }
      if (flat) {
        return new Flattening.Found(k, level);
      }
    }
    return new Flattening.Found(-1, Double.NaN);
  }
}
