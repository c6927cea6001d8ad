package io.crmkit.scoring.health;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * A customer's health: the weighted score of the measures that have values, its grade, each
 * measure's part and the measures left out for want of a value.
 *
 * @param score the health score, 0 to 100: {@code sum(w_i x_i) / sum(w_i)} over the measures with values
 * @param grade the grade of the score
 * @param measures each measure with a value, in model order
 * @param missing the measures without a value, in model order; left out, not counted as zero
 */
public record HealthScore(double score, HealthGrade grade, List<MeasureScore> measures, List<String> missing) {
  /** Checks every part. */
  public HealthScore {
    if (!(score >= 0 && score <= 100)) {
      throw CrmValidationException.of("healthScore.score", "range", score, "a health score is from 0 to 100");
    }
    CrmValidationException.required("healthScore.grade", grade);
    if (!grade.holds((int) Math.round(score))) {
      throw CrmValidationException.of("healthScore.grade", "mismatch", grade, "score " + score + " is not in grade " + grade);
    }
    measures = List.copyOf(CrmValidationException.required("healthScore.measures", measures));
    if (measures.isEmpty()) {
      throw CrmValidationException.of("healthScore.measures", "required", "[]", "a score needs a measure with a value");
    }
    missing = List.copyOf(CrmValidationException.required("healthScore.missing", missing));
  }

  /** The score as a whole number, rounded half up: what the grade is judged on. */
  public int wholeScore() {
    return (int) Math.round(score);
  }
}
