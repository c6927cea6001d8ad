package io.crmkit.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.Totals;
import io.crmkit.core.quote.Quote;
import io.crmkit.core.value.Money;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrderProperties {

  @Property
  void totals_equal_the_sum_of_the_lines(@ForAll("orders") Order order) {
    Money zero = Money.zero(order.currency());
    assertThat(order.subtotal()).isEqualTo(order.lineItems().stream().map(LineItem::gross).reduce(zero, Money::plus));
    assertThat(order.netTotal()).isEqualTo(order.lineItems().stream().map(LineItem::net).reduce(zero, Money::plus));
    assertThat(order.netTotal()).isEqualTo(order.subtotal().minus(order.discountTotal()));
    assertThat(order.grandTotal()).isEqualTo(order.netTotal().plus(order.taxAmount()));
  }

  @Property
  void an_order_and_a_quote_of_the_same_lines_total_the_same(@ForAll("orders") Order order) {
    // given
    Quote quote = SalesFixtures.aQuote().currency(order.currency()).lineItems(order.lineItems())
        .taxRate(order.taxRate()).build();
    // when / then
    assertThat(order.totals()).isEqualTo(quote.totals());
    assertThat(order.totals()).isEqualTo(Totals.of(order.currency(), order.lineItems(), order.taxRate()));
  }

  @Property
  void a_placed_order_has_lines(@ForAll("orders") Order order) {
    if (order.status().wasPlaced()) {
      assertThat(order.lineItems()).isNotEmpty();
    }
  }

  @Property
  void normalisation_is_idempotent(@ForAll("orders") Order order) {
    assertThat(Order.builder().from(order).build()).isEqualTo(order);
    assertThat(Order.normaliseOrderNumber(order.orderNumber())).isEqualTo(order.orderNumber());
  }

  @Provide
  Arbitrary<Order> orders() {
    return SalesFixtures.orders();
  }
}
