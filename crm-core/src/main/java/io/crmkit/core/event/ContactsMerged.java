package io.crmkit.core.event;

import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Set;

/**
 * Duplicate contacts were merged into one: the survivor keeps its id and absorbed the merged ones,
 * which are no longer used (crm-identity keeps them, marked {@code mergedInto} the survivor, so that
 * the merge can be undone).
 *
 * @param eventId the event's id
 * @param survivorId the contact that remains
 * @param mergedIds the contacts merged into the survivor, in the order given; never empty and never
 *     holding the survivor
 * @param aggregateVersion the survivor's version after the merge
 * @param occurredAt when it happened
 */
public record ContactsMerged(
    EventId eventId, ContactId survivorId, Set<ContactId> mergedIds, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "contact.merged";

  /** Checks the event and keeps an immutable copy of the merged ids. */
  public ContactsMerged {
    EventChecks.envelope("contactsMerged", eventId, "survivorId", survivorId, aggregateVersion, occurredAt);
    mergedIds = EventChecks.mergedIds("contactsMerged", survivorId, mergedIds);
  }

  @Override
  public ContactId aggregateId() {
    return survivorId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
