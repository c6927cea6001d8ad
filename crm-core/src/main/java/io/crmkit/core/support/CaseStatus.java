package io.crmkit.core.support;

/** Where a support case stands. */
public enum CaseStatus {
  /** Received, nobody has answered yet. */
  NEW,
  /** Being worked by support. */
  OPEN,
  /** Waiting for the customer to answer; service-level clocks pause. */
  WAITING_ON_CUSTOMER,
  /** Waiting for a third party or engineering. */
  ON_HOLD,
  /** Solved, awaiting the customer's confirmation; may be reopened. */
  RESOLVED,
  /** Finished. */
  CLOSED;

  /** Whether work on the case has ended (resolved or closed). */
  public boolean isDone() {
    return this == RESOLVED || this == CLOSED;
  }
}
