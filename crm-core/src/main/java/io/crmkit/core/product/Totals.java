package io.crmkit.core.product;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The totals of a quote or an order: what the lines add up to, before and after discount and tax.
 *
 * <p>Every amount is in one currency and rounded to its minor units: the net total is the subtotal
 * less the discount total, the tax is the tax rate applied to the net total (rounded half-even),
 * and the grand total is the net total plus the tax.
 *
 * @param subtotal the sum of the lines' gross amounts
 * @param discountTotal the sum of the lines' discounts
 * @param netTotal subtotal less discount total
 * @param taxAmount the tax on the net total; zero without a tax rate
 * @param grandTotal net total plus tax
 */
public record Totals(Money subtotal, Money discountTotal, Money netTotal, Money taxAmount, Money grandTotal) {

  /** Checks that the amounts share a currency and add up. */
  public Totals {
    CrmValidationException.required("totals.subtotal", subtotal);
    CrmValidationException.required("totals.discountTotal", discountTotal);
    CrmValidationException.required("totals.netTotal", netTotal);
    CrmValidationException.required("totals.taxAmount", taxAmount);
    CrmValidationException.required("totals.grandTotal", grandTotal);
    for (Money m : List.of(discountTotal, netTotal, taxAmount, grandTotal)) {
      if (!m.currency().equals(subtotal.currency())) {
        throw CrmValidationException.of("totals", "mismatch", m, "all totals are in " + subtotal.currency());
      }
    }
    if (!subtotal.minus(discountTotal).equals(netTotal)) {
      throw CrmValidationException.of("totals.netTotal", "sum", netTotal, "the net total is subtotal less discounts");
    }
    if (!netTotal.plus(taxAmount).equals(grandTotal)) {
      throw CrmValidationException.of("totals.grandTotal", "sum", grandTotal, "the grand total is net total plus tax");
    }
  }

  /**
   * The totals of lines in one currency, with an optional tax rate on the net total.
   *
   * @throws CrmValidationException with rule {@code mismatch} when a line is in another currency
   */
  public static Totals of(Currency currency, List<LineItem> items, Optional<TaxRate> taxRate) {
    CrmValidationException.required("taxRate", taxRate);
    Money subtotal = LineItems.grossTotal(currency, items);
    Money discounts = LineItems.discountTotal(currency, items);
    Money net = subtotal.minus(discounts);
    Money tax = taxRate.map(rate -> rate.taxOn(net)).orElse(Money.zero(currency));
    return new Totals(subtotal, discounts, net, tax, net.plus(tax));
  }

  /** The totals of lines in one currency, without tax. */
  public static Totals of(Currency currency, List<LineItem> items) {
    return of(currency, items, Optional.empty());
  }

  /** The currency of every amount. */
  public Currency currency() {
    return subtotal.currency();
  }
}
