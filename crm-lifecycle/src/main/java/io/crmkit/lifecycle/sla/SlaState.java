package io.crmkit.lifecycle.sla;

/** Where a service-level timer stands at an instant. */
public enum SlaState {
  /** Counting, and further than the warning offset from its target. */
  RUNNING,
  /** Not counting, because the record is in a pausing status; not breached yet. */
  PAUSED,
  /** Counting, and within the warning offset of its target. */
  WARNING,
  /** Still running and its elapsed time has reached the target. */
  BREACHED,
  /** Stopped before its elapsed time reached the target. */
  MET,
  /** Stopped after its elapsed time had reached the target. */
  MISSED;

  /** Whether the timer has stopped (met or missed). */
  public boolean isStopped() {
    return this == MET || this == MISSED;
  }

  /** Whether the target was reached before the timer stopped, or is reached by a running timer. */
  public boolean isBreached() {
    return this == BREACHED || this == MISSED;
  }
}
