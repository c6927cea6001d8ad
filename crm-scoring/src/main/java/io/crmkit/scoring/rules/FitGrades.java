package io.crmkit.scoring.rules;

import io.crmkit.core.lead.FitGrade;

/**
 * The fit points it takes for each fit grade: {@code a} or more is {@link FitGrade#A}, {@code b} or
 * more {@link FitGrade#B}, {@code c} or more {@link FitGrade#C}, less is {@link FitGrade#D} (no fit).
 *
 * @param a the least fit points of grade A, 0 to 100
 * @param b the least fit points of grade B, below {@code a}
 * @param c the least fit points of grade C, below {@code b}
 */
public record FitGrades(int a, int b, int c) {
  private static final FitGrades DEFAULTS = new FitGrades(40, 25, 10);

  /**
   * Checks the thresholds.
   *
   * @throws io.crmkit.core.CrmValidationException naming {@code fitGrades.A}, {@code .B} or {@code .C}: rule
   *     {@code range} outside 0..100, {@code order} when not strictly falling from A to C
   */
  public FitGrades {
    Thresholds.check("fitGrades", new String[] {"A", "B", "C"}, new int[] {a, b, c});
  }

  /** A from 40 fit points, B from 25, C from 10. */
  public static FitGrades defaults() {
    return DEFAULTS;
  }

  /** The grade of {@code fitPoints}. */
  public FitGrade gradeOf(double fitPoints) {
    if (fitPoints >= a) {
      return FitGrade.A;
    }
    if (fitPoints >= b) {
      return FitGrade.B;
    }
    return fitPoints >= c ? FitGrade.C : FitGrade.D;
  }
}
