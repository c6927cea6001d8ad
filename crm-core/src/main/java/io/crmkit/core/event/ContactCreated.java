package io.crmkit.core.event;

import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * A contact was created.
 *
 * @param eventId the event's id
 * @param contactId the new contact
 * @param aggregateVersion the contact's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record ContactCreated(EventId eventId, ContactId contactId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "contact.created";

  /** Checks the event. */
  public ContactCreated {
    EventChecks.envelope("contactCreated", eventId, "contactId", contactId, aggregateVersion, occurredAt);
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
