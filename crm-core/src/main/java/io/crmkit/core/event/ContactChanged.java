package io.crmkit.core.event;

import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Set;

/**
 * A contact was changed: which fields changed, not their values (read the contact for those).
 *
 * @param eventId the event's id
 * @param contactId the changed contact
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the contact's version after the change
 * @param occurredAt when it happened
 */
public record ContactChanged(
    EventId eventId, ContactId contactId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "contact.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public ContactChanged {
    EventChecks.envelope("contactChanged", eventId, "contactId", contactId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("contactChanged.changedFields", changedFields);
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
