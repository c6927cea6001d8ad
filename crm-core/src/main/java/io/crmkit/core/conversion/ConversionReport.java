package io.crmkit.core.conversion;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a conversion did: the records the lead became and how each was found, the fields it filled
 * and left, the campaign memberships it moved and the number of events it published.
 *
 * <p>A repeat (converting a lead converted before) reports the records of the earlier conversion,
 * matched as {@link AccountMatch#EARLIER_CONVERSION} and {@link ContactMatch#EARLIER_CONVERSION},
 * with nothing filled, moved or published.
 *
 * @param leadId the converted lead
 * @param accountId the account the lead was converted into
 * @param accountMatch how the account was found, or that it was created
 * @param contactId the contact the lead was converted into
 * @param contactMatch how the contact was found, or that it was created
 * @param opportunityId the deal opened, if any
 * @param filledFields empty fields of existing records that were filled from the lead, in the order filled
 * @param skippedFields fields of existing records that kept their own value instead of the lead's
 * @param movedMemberships the lead's campaign memberships that now belong to the contact
 * @param leftMemberships the lead's campaign memberships left on the lead, with the reason
 * @param eventsPublished how many events the conversion published; 0 for a repeat
 * @param convertedAt when the lead was converted (for a repeat: the first time)
 * @param repeat whether the lead had been converted before and nothing was done
 */
public record ConversionReport(
    LeadId leadId, AccountId accountId, AccountMatch accountMatch, ContactId contactId, ContactMatch contactMatch,
    Optional<OpportunityId> opportunityId, List<FilledField> filledFields, List<SkippedField> skippedFields,
    List<CampaignMemberId> movedMemberships, List<LeftMembership> leftMemberships, int eventsPublished,
    Instant convertedAt, boolean repeat) {

  /** Checks every part and keeps immutable copies of the lists. */
  public ConversionReport {
    CrmValidationException.required("conversionReport.leadId", leadId);
    CrmValidationException.required("conversionReport.accountId", accountId);
    CrmValidationException.required("conversionReport.accountMatch", accountMatch);
    CrmValidationException.required("conversionReport.contactId", contactId);
    CrmValidationException.required("conversionReport.contactMatch", contactMatch);
    CrmValidationException.required("conversionReport.opportunityId", opportunityId);
    filledFields = List.copyOf(CrmValidationException.required("conversionReport.filledFields", filledFields));
    skippedFields = List.copyOf(CrmValidationException.required("conversionReport.skippedFields", skippedFields));
    movedMemberships =
        List.copyOf(CrmValidationException.required("conversionReport.movedMemberships", movedMemberships));
    leftMemberships =
        List.copyOf(CrmValidationException.required("conversionReport.leftMemberships", leftMemberships));
    if (eventsPublished < 0) {
      throw CrmValidationException.of("conversionReport.eventsPublished", "range", eventsPublished,
          "a count is 0 or more");
    }
    CrmValidationException.required("conversionReport.convertedAt", convertedAt);
  }

  /** Whether the conversion created the account. */
  public boolean accountCreated() {
    return accountMatch.isCreated();
  }

  /** Whether the conversion created the contact. */
  public boolean contactCreated() {
    return contactMatch.isCreated();
  }
}
