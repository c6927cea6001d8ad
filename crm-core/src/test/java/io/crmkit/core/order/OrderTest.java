package io.crmkit.core.order;

import static io.crmkit.core.fixtures.SalesFixtures.CREATED_AT;
import static io.crmkit.core.fixtures.SalesFixtures.aLineItem;
import static io.crmkit.core.fixtures.SalesFixtures.anOrder;
import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.product.Discount;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void an_order_totals_its_lines_then_adds_tax_on_the_net() {
    // given
    Order order = anOrder()
        .lineItems(List.of(aLineItem().quantity(new BigDecimal("3")).unitPrice(eur("33.33"))
            .discount(Discount.percent("5")).build()))
        .taxRate(TaxRate.of("7.7"))
        .build();
    // when / then: 99.99 gross, 5.00 discount (4.9995), 94.99 net, 7.31 tax (7.31423)
    assertThat(order.subtotal()).isEqualTo(eur("99.99"));
    assertThat(order.discountTotal()).isEqualTo(eur("5.00"));
    assertThat(order.netTotal()).isEqualTo(eur("94.99"));
    assertThat(order.taxAmount()).isEqualTo(eur("7.31"));
    assertThat(order.grandTotal()).isEqualTo(eur("102.30"));
  }

  @Test
  void a_placed_order_has_at_least_one_line() {
    assertRejected("order.lineItems", "required",
        () -> anOrder().status(OrderStatus.PLACED).lineItems(List.of()).build());
    assertRejected("order.lineItems", "required",
        () -> anOrder().status(OrderStatus.FULFILLED).lineItems(List.of()).build());
    assertRejected("order.lineItems", "required",
        () -> anOrder().status(OrderStatus.RETURNED).lineItems(List.of()).build());
  }

  @Test
  void a_draft_or_cancelled_order_may_have_no_lines() {
    assertThat(anOrder().lineItems(List.of()).build().grandTotal()).isEqualTo(eur("0"));
    assertThat(anOrder().status(OrderStatus.CANCELLED).lineItems(List.of()).build().lineItems()).isEmpty();
  }

  @Test
  void lines_in_another_currency_are_rejected() {
    assertRejected("order.lineItems", "mismatch",
        () -> anOrder().addLineItem(aLineItem().unitPrice(Money.of("1", "GBP")).build()).build());
  }

  @Test
  void an_order_number_is_folded_and_upper_case() {
    assertThat(anOrder().orderNumber(" so-10042 ").build().orderNumber()).isEqualTo("SO-10042");
    assertRejected("order.orderNumber", "required", () -> anOrder().orderNumber("").build());
  }

  @Test
  void an_order_starts_as_an_unsaved_draft() {
    // when
    Order order = anOrder().build();
    // then
    assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
    assertThat(order.version()).isZero();
    assertThat(order.recordType()).isEqualTo("Order");
  }

  @Test
  void placed_fulfilled_and_returned_orders_were_placed() {
    assertThat(OrderStatus.values()).filteredOn(OrderStatus::wasPlaced)
        .containsExactly(OrderStatus.PLACED, OrderStatus.FULFILLED, OrderStatus.RETURNED);
  }

  @Test
  void an_update_before_the_creation_is_rejected() {
    assertRejected("order.updatedAt", "order", () -> anOrder().updatedAt(CREATED_AT.minusSeconds(1)).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("order.version", "range", () -> anOrder().version(-1).build());
  }
}
