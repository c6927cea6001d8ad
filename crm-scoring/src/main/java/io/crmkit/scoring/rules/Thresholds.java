package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;

/** Checks of falling thresholds on the 0..100 scale. */
final class Thresholds {
  private Thresholds() {}

  /** Fails unless each threshold is from 0 to 100 and below the one before it. */
  static void check(String owner, String[] names, int[] thresholds) {
    for (int i = 0; i < thresholds.length; i++) {
      String field = owner + "." + names[i];
      if (thresholds[i] < 0 || thresholds[i] > ScoringRule.MAX_POINTS) {
        throw CrmValidationException.of(field, "range", thresholds[i], "a threshold is from 0 to 100 points");
      }
      if (i > 0 && thresholds[i] >= thresholds[i - 1]) {
        throw CrmValidationException.of(field, "order", thresholds[i],
            names[i] + " needs fewer points than " + names[i - 1] + " (" + thresholds[i - 1] + ")");
      }
    }
  }
}
