package io.crmkit.core.activity;

/** What kind of interaction an {@link Activity} records. */
public enum ActivityType {
  /** A phone call. */
  CALL,
  /** An e-mail sent or received. */
  EMAIL,
  /** A meeting, in person or online. */
  MEETING,
  /** A piece of work to do, such as "send the proposal". */
  TASK,
  /** A note written down. */
  NOTE;

  /** Whether activities of this type go in or out: calls and e-mails. */
  public boolean hasDirection() {
    return this == CALL || this == EMAIL;
  }
}
