package io.crmkit.core.product;

import io.crmkit.core.value.Money;

/**
 * A priced document, such as a quote or an order: its totals are worked out from its lines and
 * tax rate by {@link Totals}, never stored, so they cannot disagree with the lines.
 */
public interface Priced {
  /** All totals, worked out from the lines and the tax rate. */
  Totals totals();

  /** The sum of the lines' gross amounts. */
  default Money subtotal() {
    return totals().subtotal();
  }

  /** The sum of the lines' discounts. */
  default Money discountTotal() {
    return totals().discountTotal();
  }

  /** Subtotal less discounts. */
  default Money netTotal() {
    return totals().netTotal();
  }

  /** The tax on the net total; zero without a tax rate. */
  default Money taxAmount() {
    return totals().taxAmount();
  }

  /** Net total plus tax: what the buyer pays. */
  default Money grandTotal() {
    return totals().grandTotal();
  }
}
