package io.crmkit.core.consent;

/** A channel a person can be reached through, each consented to separately. */
public enum ConsentChannel {
  /** E-mail. */
  EMAIL,
  /** Text messages. */
  SMS,
  /** Phone calls. */
  PHONE,
  /** Letters and parcels. */
  POST,
  /** Push notifications. */
  PUSH,
  /** Messaging apps. */
  MESSAGING
}
