package io.crmkit.core.event;

import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.EventId;
import java.time.Instant;

/**
 * An account was created.
 *
 * @param eventId the event's id
 * @param accountId the new account
 * @param aggregateVersion the account's version after the change (1 when it was created by its first save)
 * @param occurredAt when it happened
 */
public record AccountCreated(EventId eventId, AccountId accountId, long aggregateVersion, Instant occurredAt)
    implements CrmEvent {
  /** The stable type name: {@value}. */
  public static final String TYPE = "account.created";

  /** Checks the event. */
  public AccountCreated {
    EventChecks.envelope("accountCreated", eventId, "accountId", accountId, aggregateVersion, occurredAt);
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
