package io.crmkit.core.consent;

/** Why a {@link ConsentDecision} permits contact or not. */
public enum ConsentReason {
  /** Nothing recorded applies at that instant: not permitted. */
  NO_RECORD,
  /** The person refused: not permitted. */
  DENIED,
  /** The person took the consent back: not permitted. */
  WITHDRAWN,
  /** Granted, but the double opt-in was not confirmed by then: not permitted. */
  AWAITING_DOUBLE_OPT_IN,
  /** Granted (and confirmed where a double opt-in was required): permitted. */
  GRANTED;

  /** Whether this reason permits contact: only {@link #GRANTED}. */
  public boolean permits() {
    return this == GRANTED;
  }
}
