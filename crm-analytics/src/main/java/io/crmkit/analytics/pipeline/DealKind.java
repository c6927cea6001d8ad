package io.crmkit.analytics.pipeline;

/** What a deal sells: to a new customer, more to an existing one, or the same again. */
public enum DealKind {
  /** A first deal with a new customer. */
  NEW_BUSINESS,
  /** More seats, products or usage for an existing customer (upsell, cross-sell). */
  EXPANSION,
  /** The renewal of a contract that is running out. */
  RENEWAL
}
