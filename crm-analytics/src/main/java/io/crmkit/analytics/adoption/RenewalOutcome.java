package io.crmkit.analytics.adoption;

/** How a contract due for renewal ended. */
public enum RenewalOutcome {
  /** The customer renewed. */
  RENEWED,
  /** The customer let it lapse or cancelled. */
  CHURNED,
  /** Not decided yet; not counted in a renewal rate. */
  PENDING
}
