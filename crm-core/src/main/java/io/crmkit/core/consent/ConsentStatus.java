package io.crmkit.core.consent;

/** What a person said about one channel and purpose. */
public enum ConsentStatus {
  /** Agreed. */
  GRANTED,
  /** Refused when asked. */
  DENIED,
  /** Agreed once, then took it back. */
  WITHDRAWN
}
