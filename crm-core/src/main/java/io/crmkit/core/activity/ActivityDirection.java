package io.crmkit.core.activity;

/** Whether a call or an e-mail came in from the other party or went out to them. */
public enum ActivityDirection {
  /** They called or wrote. */
  INBOUND,
  /** We called or wrote. */
  OUTBOUND
}
