package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link io.crmkit.core.product.PriceBook}.
 *
 * @param value the id as text
 */
public record PriceBookId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public PriceBookId {
    value = AggregateId.checked("priceBookId", value);
  }

  /** Makes the id. */
  public static PriceBookId of(String value) {
    return new PriceBookId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
