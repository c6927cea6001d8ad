package io.crmkit.scoring.health;

import io.crmkit.core.CrmValidationException;

/**
 * A change of health grade.
 *
 * @param from the previous grade
 * @param to the grade now
 */
public record GradeChange(HealthGrade from, HealthGrade to) {
  /** Checks both grades and that they differ. */
  public GradeChange {
    CrmValidationException.required("gradeChange.from", from);
    CrmValidationException.required("gradeChange.to", to);
    if (from.equals(to)) {
      throw CrmValidationException.of("gradeChange.to", "same-grade", to, "a change is between two grades");
    }
  }

  /** Whether the customer got healthier: the new grade covers higher scores. */
  public boolean isImprovement() {
    return to.from() > from.from();
  }
}
