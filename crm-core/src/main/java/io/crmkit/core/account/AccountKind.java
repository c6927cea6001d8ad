package io.crmkit.core.account;

/** Whether an account is a company or a household of people buying together. */
public enum AccountKind {
  /** A company, public body or other organisation (B2B). */
  ORGANISATION,
  /** A household: people who buy together (B2C). */
  HOUSEHOLD
}
