package io.crmkit.lifecycle.sla;

/** What ends a handoff deadline. */
public enum DeadlineEnd {
  /** The record leaving the stage the deadline started in: "sales accepts or rejects a lead within 8 business hours". */
  LEAVING_STAGE,
  /**
   * The first touch of the record (a call, an e-mail, a meeting) at or after the start, or leaving
   * the stage if that comes first: "success contacts a new customer within 24 hours of the close".
   */
  FIRST_TOUCH
}
