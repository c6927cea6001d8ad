package io.crmkit.core.event;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import java.time.Instant;
import java.util.Optional;

/**
 * A lead was converted into an account, a contact and, when the lead brought a deal, an
 * opportunity.
 *
 * @param eventId the event's id
 * @param leadId the converted lead
 * @param accountId the account the lead became or joined
 * @param contactId the contact the lead became or was matched to
 * @param opportunityId the opportunity opened by the conversion, if any
 * @param aggregateVersion the lead's version after the conversion
 * @param occurredAt when it happened
 */
public record LeadConverted(
    EventId eventId, LeadId leadId, AccountId accountId, ContactId contactId,
    Optional<OpportunityId> opportunityId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "lead.converted";

  /** Checks the event. */
  public LeadConverted {
    EventChecks.envelope("leadConverted", eventId, "leadId", leadId, aggregateVersion, occurredAt);
    CrmValidationException.required("leadConverted.accountId", accountId);
    CrmValidationException.required("leadConverted.contactId", contactId);
    CrmValidationException.required("leadConverted.opportunityId", opportunityId);
  }

  @Override
  public LeadId aggregateId() {
    return leadId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
