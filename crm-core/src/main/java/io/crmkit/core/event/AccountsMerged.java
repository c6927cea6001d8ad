package io.crmkit.core.event;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Set;

/**
 * Duplicate accounts were merged into one: the survivor keeps its id and absorbed the merged ones,
 * which no longer exist.
 *
 * @param eventId the event's id
 * @param survivorId the account that remains
 * @param mergedIds the accounts merged into the survivor, in the order given; never empty and never
 *     holding the survivor
 * @param aggregateVersion the survivor's version after the merge
 * @param occurredAt when it happened
 */
public record AccountsMerged(
    EventId eventId, AccountId survivorId, Set<AccountId> mergedIds, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "account.merged";

  /** Checks the event and keeps an immutable copy of the merged ids. */
  public AccountsMerged {
    EventChecks.envelope("accountsMerged", eventId, "survivorId", survivorId, aggregateVersion, occurredAt);
    mergedIds = EventChecks.mergedIds("accountsMerged", survivorId, mergedIds);
  }

  @Override
  public AccountId aggregateId() {
    return survivorId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
