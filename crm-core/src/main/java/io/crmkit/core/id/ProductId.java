package io.crmkit.core.id;

import io.crmkit.core.AggregateId;

/**
 * The id of a {@link io.crmkit.core.product.Product}.
 *
 * @param value the id as text
 */
public record ProductId(String value) implements AggregateId {
  /** Checks and strips the id. */
  public ProductId {
    value = AggregateId.checked("productId", value);
  }

  /** Makes the id. */
  public static ProductId of(String value) {
    return new ProductId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
