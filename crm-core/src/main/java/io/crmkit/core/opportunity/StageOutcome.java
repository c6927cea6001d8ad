package io.crmkit.core.opportunity;

/** Whether a stage is open, won or lost. */
public enum StageOutcome {
  /** The deal is still being worked. */
  OPEN,
  /** The deal closed won. */
  WON,
  /** The deal closed lost. */
  LOST
}
