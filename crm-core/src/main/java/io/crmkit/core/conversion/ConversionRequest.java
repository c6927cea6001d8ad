package io.crmkit.core.conversion;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.UserId;
import java.util.Optional;

/**
 * What to convert and how: the lead, the user converting it, optionally the account and contact to
 * use instead of matching, the deal to open and the contact's role at the account.
 *
 * <pre>{@code
 * ConversionRequest.of(leadId, salesRep)
 *     .withOpportunity(NewOpportunity.of("Acme - 200 seats", Money.of("24000", "EUR"), closeDate))
 *     .intoAccount(acmeId);
 * }</pre>
 *
 * @param leadId the lead to convert
 * @param convertedBy the user who converts; owns the records the conversion creates
 * @param accountId the account to convert into, instead of matching one
 * @param contactId the contact to convert into, instead of matching one by e-mail
 * @param opportunity the deal to open, if any
 * @param accountRole the contact's role at the account when it is linked to it; when absent,
 *     {@link ContactRole#HOUSEHOLD_MEMBER} for a household and {@link #EMPLOYEE} for an organisation
 */
public record ConversionRequest(
    LeadId leadId, UserId convertedBy, Optional<AccountId> accountId, Optional<ContactId> contactId,
    Optional<NewOpportunity> opportunity, Optional<ContactRole> accountRole) {

  /** The role a converted contact gets at an organisation unless the request names another. */
  public static final ContactRole EMPLOYEE = ContactRole.of("Employee");

  /**
   * Checks every part.
   *
   * @throws CrmValidationException when a part is missing (rule {@code required})
   */
  public ConversionRequest {
    CrmValidationException.required("conversion.leadId", leadId);
    CrmValidationException.required("conversion.convertedBy", convertedBy);
    CrmValidationException.required("conversion.accountId", accountId);
    CrmValidationException.required("conversion.contactId", contactId);
    CrmValidationException.required("conversion.opportunity", opportunity);
    CrmValidationException.required("conversion.accountRole", accountRole);
  }

  /** Converts the lead, matching account and contact, without opening a deal. */
  public static ConversionRequest of(LeadId leadId, UserId convertedBy) {
    return new ConversionRequest(leadId, convertedBy, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** This request, also opening a deal. */
  public ConversionRequest withOpportunity(NewOpportunity deal) {
    return new ConversionRequest(leadId, convertedBy, accountId, contactId,
        Optional.of(CrmValidationException.required("conversion.opportunity", deal)), accountRole);
  }

  /** This request, converting into this account instead of matching one. */
  public ConversionRequest intoAccount(AccountId account) {
    return new ConversionRequest(leadId, convertedBy,
        Optional.of(CrmValidationException.required("conversion.accountId", account)), contactId, opportunity,
        accountRole);
  }

  /** This request, converting into this contact instead of matching one by e-mail. */
  public ConversionRequest asContact(ContactId contact) {
    return new ConversionRequest(leadId, convertedBy, accountId,
        Optional.of(CrmValidationException.required("conversion.contactId", contact)), opportunity, accountRole);
  }

  /** This request, linking the contact to the account in this role. */
  public ConversionRequest withAccountRole(ContactRole role) {
    return new ConversionRequest(leadId, convertedBy, accountId, contactId, opportunity,
        Optional.of(CrmValidationException.required("conversion.accountRole", role)));
  }
}
