package io.crmkit.core.product;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.value.Money;

/**
 * The price of one product in a {@link PriceBook}.
 *
 * @param productId the product priced
 * @param unitPrice the price of one unit, not negative, in the book's currency
 * @param active whether the price is offered; an inactive entry is kept for history only
 */
public record PriceBookEntry(ProductId productId, Money unitPrice, boolean active) {
  /** Checks the entry. */
  public PriceBookEntry {
    CrmValidationException.required("priceBookEntry.productId", productId);
    CrmValidationException.required("priceBookEntry.unitPrice", unitPrice);
    if (unitPrice.isNegative()) {
      throw CrmValidationException.of("priceBookEntry.unitPrice", "range", unitPrice, "a unit price is 0 or more");
    }
  }

  /** An active entry. */
  public static PriceBookEntry of(ProductId productId, Money unitPrice) {
    return new PriceBookEntry(productId, unitPrice, true);
  }

  /** This entry, no longer offered. */
  public PriceBookEntry deactivated() {
    return new PriceBookEntry(productId, unitPrice, false);
  }
}
