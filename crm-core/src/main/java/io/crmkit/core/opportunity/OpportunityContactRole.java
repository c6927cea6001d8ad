package io.crmkit.core.opportunity;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.internal.Texts;

/**
 * The part a contact plays in a deal: {@code Decision maker}, {@code Champion}, {@code Economic
 * buyer}. One contact of a deal may be its primary contact.
 *
 * @param contactId the contact
 * @param role the role as people name it, white space folded; the constants are the usual ones
 * @param primary whether this is the deal's primary contact
 */
public record OpportunityContactRole(ContactId contactId, String role, boolean primary) {
  /** Signs off the purchase. */
  public static final String DECISION_MAKER = "Decision maker";
  /** Controls the budget. */
  public static final String ECONOMIC_BUYER = "Economic buyer";
  /** Sells for us inside the account. */
  public static final String CHAMPION = "Champion";
  /** Judges the technical fit. */
  public static final String TECHNICAL_BUYER = "Technical buyer";
  /** Sways the decision without making it. */
  public static final String INFLUENCER = "Influencer";

  /** Checks the role and folds its white space. */
  public OpportunityContactRole {
    CrmValidationException.required("contactRole.contactId", contactId);
    role = Texts.fold(CrmValidationException.requiredText("contactRole.role", role));
  }

  /** A role that is not the primary contact. */
  public static OpportunityContactRole of(ContactId contactId, String role) {
    return new OpportunityContactRole(contactId, role, false);
  }

  /** The deal's primary contact in a role. */
  public static OpportunityContactRole primary(ContactId contactId, String role) {
    return new OpportunityContactRole(contactId, role, true);
  }
}
