package io.crmkit.analytics.transaction;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.port.ExchangeRates;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

/**
 * Builds {@link Transactions} from crm-core orders: one row per order that was placed and not
 * cancelled or returned (status {@link OrderStatus#PLACED} or {@link OrderStatus#FULFILLED}), on the
 * day it was ordered in the given zone, for its net total (after discounts, before tax) converted to
 * one reporting currency at the rate of that day, with the order number as the row's order id.
 *
 * <pre>{@code
 * Transactions purchases = OrderTransactions.byAccount(ZoneId.of("Europe/Berlin"), eur, rates)
 *     .from(orderRepositoryExport);
 * }</pre>
 */
public final class OrderTransactions {
  /** Who the customer of an order is. */
  public enum CustomerOf {
    /** The account that placed the order. */
    ACCOUNT,
    /** The order's contact; an order without one is refused. */
    CONTACT
  }

  private final CustomerOf customerOf;
  private final ZoneId zone;
  private final Currency reportingCurrency;
  private final ExchangeRates rates;

  private OrderTransactions(CustomerOf customerOf, ZoneId zone, Currency reportingCurrency, ExchangeRates rates) {
    this.customerOf = CrmValidationException.required("orderTransactions.customerOf", customerOf);
    this.zone = CrmValidationException.required("orderTransactions.zone", zone);
    this.reportingCurrency =
        CrmValidationException.required("orderTransactions.reportingCurrency", reportingCurrency);
    this.rates = CrmValidationException.required("orderTransactions.rates", rates);
  }

  /** Orders per account, days in {@code zone}, amounts in {@code reportingCurrency}. */
  public static OrderTransactions byAccount(ZoneId zone, Currency reportingCurrency, ExchangeRates rates) {
    return new OrderTransactions(CustomerOf.ACCOUNT, zone, reportingCurrency, rates);
  }

  /** Orders per contact, days in {@code zone}, amounts in {@code reportingCurrency}. */
  public static OrderTransactions byContact(ZoneId zone, Currency reportingCurrency, ExchangeRates rates) {
    return new OrderTransactions(CustomerOf.CONTACT, zone, reportingCurrency, rates);
  }

  /**
   * The transactions of these orders, in their order.
   *
   * @throws CrmValidationException when customers are contacts and a counted order has none
   * @throws io.crmkit.core.port.MissingExchangeRateException when an order's currency has no rate
   *     to the reporting currency on its day
   */
  public Transactions from(Iterable<Order> orders) {
    CrmValidationException.required("orders", orders);
    Transactions.Builder table = Transactions.builder();
    for (Order order : orders) {
      if (order.status() != OrderStatus.PLACED && order.status() != OrderStatus.FULFILLED) {
        continue;
      }
      LocalDate day = order.orderedAt().atZone(zone).toLocalDate();
      Money net = rates.convert(order.totals().netTotal(), reportingCurrency, day);
      table.add(customer(order), day, net.amount().doubleValue(),
          Optional.of(order.orderNumber()), Optional.empty());
    }
    return table.build();
  }

  private String customer(Order order) {
    return switch (customerOf) {
      case ACCOUNT -> order.accountId().value();
      case CONTACT -> order.contactId()
          .orElseThrow(() -> CrmValidationException.of("order.contactId", "required", order.orderNumber(),
              "order " + order.orderNumber() + " has no contact; count it per account instead"))
          .value();
    };
  }
}
