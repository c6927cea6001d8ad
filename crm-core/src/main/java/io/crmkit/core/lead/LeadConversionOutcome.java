package io.crmkit.core.lead;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import java.time.Instant;
import java.util.Optional;

/**
 * What a converted lead became: the account and contact it was converted into, the opportunity if
 * one was opened, and when.
 *
 * @param accountId the account (new or matched)
 * @param contactId the contact (new or matched)
 * @param opportunityId the opportunity opened by the conversion, if any
 * @param convertedAt when the lead was converted
 */
public record LeadConversionOutcome(
    AccountId accountId, ContactId contactId, Optional<OpportunityId> opportunityId, Instant convertedAt) {
  /** Checks every part. */
  public LeadConversionOutcome {
    CrmValidationException.required("lead.conversion.accountId", accountId);
    CrmValidationException.required("lead.conversion.contactId", contactId);
    CrmValidationException.required("lead.conversion.opportunityId", opportunityId);
    CrmValidationException.required("lead.conversion.convertedAt", convertedAt);
  }

  /** An outcome without an opportunity. */
  public static LeadConversionOutcome of(AccountId accountId, ContactId contactId, Instant convertedAt) {
    return new LeadConversionOutcome(accountId, contactId, Optional.empty(), convertedAt);
  }

  /** An outcome with an opportunity. */
  public static LeadConversionOutcome of(
      AccountId accountId, ContactId contactId, OpportunityId opportunityId, Instant convertedAt) {
    return new LeadConversionOutcome(accountId, contactId, Optional.of(opportunityId), convertedAt);
  }
}
