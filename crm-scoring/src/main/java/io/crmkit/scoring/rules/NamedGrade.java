package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;

/**
 * A grade by name over the lead score, such as {@code Hot} from 70: a model with named grades labels
 * each score with the first grade (highest minimum first) whose minimum it reaches.
 *
 * @param name the grade's name, white space folded
 * @param minimumScore the least whole score of the grade, 0 to 100
 */
public record NamedGrade(String name, int minimumScore) {
  /**
   * Checks both parts.
   *
   * @throws CrmValidationException naming {@code grade.name} (required) or
   *     {@code grade.minimumScore} (range)
   */
  public NamedGrade {
    name = Words.required("grade.name", name);
    if (minimumScore < 0 || minimumScore > ScoringRule.MAX_POINTS) {
      throw CrmValidationException.of(
          "grade.minimumScore", "range", minimumScore, "a lead score is from 0 to 100");
    }
  }

  /** A grade from {@code minimumScore}. */
  public static NamedGrade of(String name, int minimumScore) {
    return new NamedGrade(name, minimumScore);
  }
}
