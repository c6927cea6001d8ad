package io.crmkit.analytics.transaction;

import static io.crmkit.core.fixtures.SalesFixtures.anOrder;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.id.ContactId;
import io.crmkit.core.memory.InMemoryExchangeRates;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.port.MissingExchangeRateException;
import io.crmkit.core.value.ExchangeRate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTransactionsTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final InMemoryExchangeRates RATES =
      InMemoryExchangeRates.of(ExchangeRate.of("EUR", "USD", "1.10", LocalDate.parse("2026-01-01")));

  @Test
  void a_placed_order_becomes_one_row_at_its_net_total_in_the_reporting_currency() {
    Order placed = anOrder().status(OrderStatus.PLACED).build();

    Transactions table = OrderTransactions.byAccount(ZoneId.of("UTC"), USD, RATES).from(List.of(placed));

    assertThat(table.size()).isEqualTo(1);
    assertThat(table.customerId(0)).isEqualTo(placed.accountId().value());
    assertThat(table.amount(0)).isEqualTo(placed.totals().netTotal().amount().doubleValue() * 1.10,
        org.assertj.core.data.Offset.offset(0.005));
    assertThat(table.orderId(0)).hasValue(placed.orderNumber());
  }

  @Test
  void drafts_cancelled_and_returned_orders_are_not_purchases() {
    List<Order> orders = List.of(
        anOrder().status(OrderStatus.DRAFT).build(),
        anOrder().status(OrderStatus.CANCELLED).build(),
        anOrder().status(OrderStatus.RETURNED).build(),
        anOrder().status(OrderStatus.FULFILLED).build());

    Transactions table = OrderTransactions.byAccount(ZoneId.of("UTC"), USD, RATES).from(orders);

    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void the_day_is_the_order_time_in_the_given_zone() {
    Order lateEvening = anOrder().status(OrderStatus.PLACED)
        .orderedAt(Instant.parse("2026-01-05T23:30:00Z")).build();

    Transactions inBerlin =
        OrderTransactions.byAccount(ZoneId.of("Europe/Berlin"), USD, RATES).from(List.of(lateEvening));

    assertThat(inBerlin.day(0)).isEqualTo(LocalDate.parse("2026-01-06"));
  }

  @Test
  void per_contact_an_order_without_a_contact_is_refused() {
    Order withoutContact = anOrder().status(OrderStatus.PLACED).build();

    assertRejected("order.contactId", "required",
        () -> OrderTransactions.byContact(ZoneId.of("UTC"), USD, RATES).from(List.of(withoutContact)));
  }

  @Test
  void per_contact_the_row_belongs_to_the_contact() {
    Order order = anOrder().status(OrderStatus.PLACED).contactId(ContactId.of("con-1")).build();

    Transactions table = OrderTransactions.byContact(ZoneId.of("UTC"), USD, RATES).from(List.of(order));

    assertThat(table.customerId(0)).isEqualTo("con-1");
  }

  @Test
  void a_currency_without_a_rate_that_day_fails_with_the_missing_rate() {
    Order order = anOrder().status(OrderStatus.PLACED).build();

    assertThatThrownBy(() -> OrderTransactions.byAccount(ZoneId.of("UTC"), Currency.getInstance("JPY"),
        RATES).from(List.of(order))).isInstanceOf(MissingExchangeRateException.class);
  }
}
