package io.crmkit.lifecycle.sla;

/** What a case reopened after its resolution does to the resolution timer. */
public enum ReopenRule {
  /**
   * The resolution timer of the last cycle runs on; the time the case spent resolved counts as
   * paused. The total time to resolution, as Zendesk's full resolution time measures it.
   */
  CONTINUE_CYCLE,
  /** A new resolution timer starts at the reopening, with the full target; cycles as in Jira Service Management. */
  NEW_CYCLE
}
