package io.crmkit.core.event;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.EventId;
import java.time.Instant;
import java.util.Set;

/**
 * An account was changed: which fields changed, not their values (read the account for those).
 *
 * @param eventId the event's id
 * @param accountId the changed account
 * @param changedFields the names of the fields that changed, such as {@code name} or
 *     {@code customFields.tier}; never empty, sorted
 * @param aggregateVersion the account's version after the change
 * @param occurredAt when it happened
 */
public record AccountChanged(
    EventId eventId, AccountId accountId, Set<String> changedFields, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "account.changed";

  /** Checks the event and keeps an immutable, sorted copy of the field names. */
  public AccountChanged {
    EventChecks.envelope("accountChanged", eventId, "accountId", accountId, aggregateVersion, occurredAt);
    changedFields = EventChecks.fieldNames("accountChanged.changedFields", changedFields);
  }

  @Override
  public AccountId aggregateId() {
    return accountId;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
