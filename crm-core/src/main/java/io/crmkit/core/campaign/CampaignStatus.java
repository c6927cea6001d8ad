package io.crmkit.core.campaign;

/** Where a {@link Campaign} stands. */
public enum CampaignStatus {
  /** Being prepared; not started. */
  PLANNED,
  /** Running. */
  ACTIVE,
  /** Ran to its end. */
  COMPLETED,
  /** Stopped before its end. */
  ABORTED;

  /** Whether the campaign is over: completed or aborted. */
  public boolean isOver() {
    return this == COMPLETED || this == ABORTED;
  }
}
