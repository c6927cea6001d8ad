package io.crmkit.core.contact;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;

/**
 * The part a contact plays at an account: decision maker, billing contact, household member. Roles
 * are open; the constants are the common ones.
 *
 * @param name the role's name, white space folded
 */
public record ContactRole(String name) {
  /** Signs off on purchases. */
  public static final ContactRole DECISION_MAKER = new ContactRole("Decision maker");
  /** Sways the decision without making it. */
  public static final ContactRole INFLUENCER = new ContactRole("Influencer");
  /** Argues for the purchase inside the account. */
  public static final ContactRole CHAMPION = new ContactRole("Champion");
  /** Judges the technical fit. */
  public static final ContactRole TECHNICAL_EVALUATOR = new ContactRole("Technical evaluator");
  /** Uses what was bought. */
  public static final ContactRole USER = new ContactRole("User");
  /** Receives and pays invoices. */
  public static final ContactRole BILLING = new ContactRole("Billing");
  /** Belongs to a household account. */
  public static final ContactRole HOUSEHOLD_MEMBER = new ContactRole("Household member");

  /** Checks and folds the name. */
  public ContactRole {
    name = Texts.fold(CrmValidationException.requiredText("contact.role", name));
  }

  /** Makes a role by name. */
  public static ContactRole of(String name) {
    return new ContactRole(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
