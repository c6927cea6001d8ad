package io.crmkit.core.quote;

/** Where a quote stands with the buyer. */
public enum QuoteStatus {
  /** Being prepared; not yet sent. */
  DRAFT,
  /** Sent to the buyer, awaiting an answer. */
  PRESENTED,
  /** The buyer accepted it. */
  ACCEPTED,
  /** The buyer turned it down. */
  REJECTED,
  /** Its validity ran out without an answer. */
  EXPIRED;

  /** Whether the quote has its final answer: accepted, rejected or expired. */
  public boolean isFinal() {
    return this == ACCEPTED || this == REJECTED || this == EXPIRED;
  }

  /** Whether the buyer has seen it: presented or accepted (a quote they saw has line items). */
  public boolean isWithBuyer() {
    return this == PRESENTED || this == ACCEPTED;
  }
}
