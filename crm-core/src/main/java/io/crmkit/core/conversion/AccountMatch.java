package io.crmkit.core.conversion;

/** How a conversion found the account it converted into, or that it created it. */
public enum AccountMatch {
  /** The request named the account. */
  GIVEN(false),
  /** An account had the lead's company domain. */
  MATCHED_BY_DOMAIN(false),
  /** Exactly one account had the lead's company name (case and white space ignored). */
  MATCHED_BY_NAME(false),
  /** The lead had no company, and the contact it was matched to already belonged to this account. */
  MATCHED_BY_CONTACT(false),
  /** No account matched: an organisation was created from the lead's company fields. */
  CREATED_ORGANISATION(true),
  /** The lead had no company and its contact no account: a household was created, named after the person. */
  CREATED_HOUSEHOLD(true),
  /** The lead was converted before; this is the account it was converted into then. */
  EARLIER_CONVERSION(false);

  private final boolean created;

  AccountMatch(boolean created) {
    this.created = created;
  }

  /** Whether the conversion created the account. */
  public boolean isCreated() {
    return created;
  }
}
