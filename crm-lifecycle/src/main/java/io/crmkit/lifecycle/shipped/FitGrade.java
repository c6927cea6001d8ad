package io.crmkit.lifecycle.shipped;

/**
 * How well a lead's company fits the ideal customer profile, as a grade from {@link #A} (the best
 * fit) to {@link #D} (no fit). The host grades leads (firmographics, a scoring model); marketing
 * passes on only leads of a minimum grade.
 */
public enum FitGrade {
  /** The ideal customer: every trait of the profile. */
  A,
  /** A good fit: most traits of the profile. */
  B,
  /** A weak fit: some traits. */
  C,
  /** No fit. */
  D;

  /** Whether this grade is {@code minimum} or better: {@code A.isAtLeast(B)} holds. */
  public boolean isAtLeast(FitGrade minimum) {
    return compareTo(minimum) <= 0;
  }
}
