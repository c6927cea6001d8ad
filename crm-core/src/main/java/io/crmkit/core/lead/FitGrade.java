package io.crmkit.core.lead;

/**
 * How well a lead's company fits the ideal customer profile, as a grade from {@link #A} (the best
 * fit) to {@link #D} (no fit). A scoring model grades leads (crm-scoring); a lifecycle passes on only
 * leads of a minimum grade (crm-lifecycle). Both speak this type, so neither needs the other.
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

  /** Whether this grade is {@code minimum} or better: {@code A.isAtLeast(B)} holds, {@code C.isAtLeast(B)} does not. */
  public boolean isAtLeast(FitGrade minimum) {
    return compareTo(minimum) <= 0;
  }
}
