package io.crmkit.core.event;

import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * A contact moved from one lifecycle stage to another (subscriber to lead, MQL to SQL...).
 *
 * @param eventId the event's id
 * @param contactId the contact
 * @param from the stage it left
 * @param to the stage it entered; never the same as {@code from}
 * @param aggregateVersion the contact's version after the change
 * @param occurredAt when it happened
 */
public record ContactLifecycleStageChanged(
    EventId eventId, ContactId contactId, LifecycleStage from, LifecycleStage to,
    long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "contact.lifecycle-stage-changed";

  /** Checks the event. */
  public ContactLifecycleStageChanged {
    EventChecks.envelope(
        "contactLifecycleStageChanged", eventId, "contactId", contactId, aggregateVersion, occurredAt);
    EventChecks.changes("contactLifecycleStageChanged", from, to);
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
