package io.crmkit.core.conversion;

/** How a conversion found the contact it converted into, or that it created it. */
public enum ContactMatch {
  /** The request named the contact. */
  GIVEN,
  /** A contact had the lead's e-mail address among its addresses. */
  MATCHED_BY_EMAIL,
  /** No contact matched: one was created from the lead's person fields. */
  CREATED,
  /** The lead was converted before; this is the contact it was converted into then. */
  EARLIER_CONVERSION;

  /** Whether the conversion created the contact. */
  public boolean isCreated() {
    return this == CREATED;
  }
}
