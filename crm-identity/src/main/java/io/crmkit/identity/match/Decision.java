package io.crmkit.identity.match;

/** What a pair of records is taken to be. */
public enum Decision {
  /** The same person or company: the records join one cluster. */
  MATCH,
  /** Between the thresholds: a person should look. */
  REVIEW,
  /** Different people or companies. */
  NON_MATCH
}
