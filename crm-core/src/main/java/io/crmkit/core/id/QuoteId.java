package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link io.crmkit.core.quote.Quote}.
 *
 * @param value the id as text
 */
public record QuoteId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public QuoteId {
    value = AggregateId.checked("quoteId", value);
  }

  /** Makes the id. */
  public static QuoteId of(String value) {
    return new QuoteId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
