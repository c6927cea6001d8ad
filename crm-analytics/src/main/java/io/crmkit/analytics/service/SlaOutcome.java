package io.crmkit.analytics.service;

/**
 * How a case fared against one service-level target (first response or resolution), as its timer
 * says: met, breached, still running, or no target at all.
 */
public enum SlaOutcome {
  /** The milestone was reached within the target. */
  MET,
  /** The target passed before the milestone was reached (reached late, or not yet). */
  BREACHED,
  /** The milestone is not reached yet and the target has not passed. */
  RUNNING,
  /** The case has no target for this milestone. */
  NO_TARGET;

  /** Whether the outcome is settled, met or breached, and so counts in a within-target rate. */
  public boolean isSettled() {
    return this == MET || this == BREACHED;
  }
}
