package io.crmkit.identity.quality;

/** How bad a value is. */
public enum Severity {
  /** The value cannot be right: an e-mail address that is not one, a birth date in the future. */
  INVALID,
  /** The value is well formed but probably not real: {@code test@test.com}, a birth date of 1 January 1900. */
  SUSPICIOUS
}
