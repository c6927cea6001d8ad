package io.crmkit.core.event;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.consent.ConsentChannel;
import io.crmkit.core.consent.ConsentPurpose;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * A contact's consent for one channel and purpose was recorded: granted, denied or withdrawn.
 *
 * @param eventId the event's id
 * @param contactId the contact
 * @param channel the channel the consent is for
 * @param purpose the purpose the consent is for
 * @param status what the contact said
 * @param aggregateVersion the contact's version after the change
 * @param occurredAt when it happened
 */
public record ConsentChanged(
    EventId eventId, ContactId contactId, ConsentChannel channel, ConsentPurpose purpose,
    ConsentStatus status, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "contact.consent-changed";

  /** Checks the event. */
  public ConsentChanged {
    EventChecks.envelope("consentChanged", eventId, "contactId", contactId, aggregateVersion, occurredAt);
    CrmValidationException.required("consentChanged.channel", channel);
    CrmValidationException.required("consentChanged.purpose", purpose);
    CrmValidationException.required("consentChanged.status", status);
  }

  @Override
  public ContactId aggregateId() {
    return contactId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
