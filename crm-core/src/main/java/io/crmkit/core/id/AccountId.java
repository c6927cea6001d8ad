package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of an {@link io.crmkit.core.account.Account}.
 *
 * @param value the id as text
 */
public record AccountId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public AccountId {
    value = AggregateId.checked("accountId", value);
  }

  /** Makes an account id. */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
