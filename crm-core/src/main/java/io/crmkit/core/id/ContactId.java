package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link io.crmkit.core.contact.Contact}.
 *
 * @param value the id as text
 */
public record ContactId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public ContactId {
    value = AggregateId.checked("contactId", value);
  }

  /** Makes the id. */
  public static ContactId of(String value) {
    return new ContactId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
