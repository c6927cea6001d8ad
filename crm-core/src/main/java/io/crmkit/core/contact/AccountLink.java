package io.crmkit.core.contact;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;

/**
 * A contact's link to an account, with the role the contact plays there; a contact has at most one
 * primary link.
 *
 * @param accountId the account
 * @param role the part the contact plays at the account
 * @param primary whether this is the contact's main account
 */
public record AccountLink(AccountId accountId, ContactRole role, boolean primary) {
  /** Checks the link. */
  public AccountLink {
    CrmValidationException.required("contact.accountLinks.accountId", accountId);
    CrmValidationException.required("contact.accountLinks.role", role);
  }

  /** A link that is not the primary one. */
  public static AccountLink of(AccountId accountId, ContactRole role) {
    return new AccountLink(accountId, role, false);
  }

  /** The primary link. */
  public static AccountLink primary(AccountId accountId, ContactRole role) {
    return new AccountLink(accountId, role, true);
  }
}
