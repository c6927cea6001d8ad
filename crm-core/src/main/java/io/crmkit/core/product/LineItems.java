package io.crmkit.core.product;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * Sums over the line items of one document (opportunity, quote, order), all in one currency.
 *
 * <p>Each line is rounded to the currency's minor units first (see {@link LineItem}), so a total
 * is the exact sum of the rounded lines.
 */
public final class LineItems {
  private LineItems() {}

  /**
   * Checks that every line is priced in a currency.
   *
   * @param field the list's name in errors, such as {@code "quote.lineItems"}
   * @throws CrmValidationException with rule {@code mismatch} naming the first line in another
   *     currency
   */
  public static void requireCurrency(String field, Currency currency, List<LineItem> items) {
    CrmValidationException.required(field, items);
    CrmValidationException.required("currency", currency);
    for (LineItem item : items) {
      if (!item.currency().equals(currency)) {
        throw CrmValidationException.of(field, "mismatch", item.unitPrice(),
            "every line is in " + currency + "; this one is in " + item.currency());
      }
    }
  }

  /** The sum of the lines' gross amounts; zero for no lines. */
  public static Money grossTotal(Currency currency, List<LineItem> items) {
    return sum(currency, items, LineItem::gross);
  }

  /** The sum of the lines' discount amounts; zero for no lines. */
  public static Money discountTotal(Currency currency, List<LineItem> items) {
    return sum(currency, items, LineItem::discountAmount);
  }

  /** The sum of the lines' net amounts; zero for no lines. */
  public static Money netTotal(Currency currency, List<LineItem> items) {
    return sum(currency, items, LineItem::net);
  }

  private static Money sum(Currency currency, List<LineItem> items, Function<LineItem, Money> part) {
    requireCurrency("lineItems", currency, items);
    Money total = Money.zero(currency);
    for (LineItem item : items) {
      total = total.plus(part.apply(item));
    }
    return total;
  }
}
