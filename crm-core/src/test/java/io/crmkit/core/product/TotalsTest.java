package io.crmkit.core.product;

import static io.crmkit.core.fixtures.SalesFixtures.EUR;
import static io.crmkit.core.fixtures.SalesFixtures.aLineItem;
import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TotalsTest {

  @Test
  void totals_add_up_the_lines_then_tax_the_net() {
    // given
    List<LineItem> items = List.of(
        aLineItem().build(),                                                          // 200.00
        aLineItem().quantity(BigDecimal.ONE).unitPrice(eur("50")).discount(Discount.percent("10")).build());
    // when
    Totals totals = Totals.of(EUR, items, Optional.of(TaxRate.of("20")));
    // then
    assertThat(totals.subtotal()).isEqualTo(eur("250"));
    assertThat(totals.discountTotal()).isEqualTo(eur("5"));
    assertThat(totals.netTotal()).isEqualTo(eur("245"));
    assertThat(totals.taxAmount()).isEqualTo(eur("49"));
    assertThat(totals.grandTotal()).isEqualTo(eur("294"));
    assertThat(totals.currency()).isEqualTo(EUR);
  }

  @Test
  void no_lines_total_zero() {
    // when
    Totals totals = Totals.of(EUR, List.of());
    // then
    assertThat(totals.grandTotal()).isEqualTo(eur("0"));
    assertThat(LineItems.netTotal(EUR, List.of())).isEqualTo(eur("0"));
  }

  @Test
  void without_a_tax_rate_the_grand_total_is_the_net_total() {
    // when
    Totals totals = Totals.of(EUR, List.of(aLineItem().build()));
    // then
    assertThat(totals.taxAmount()).isEqualTo(eur("0"));
    assertThat(totals.grandTotal()).isEqualTo(totals.netTotal());
  }

  @Test
  void lines_in_mixed_currencies_are_refused() {
    // given
    List<LineItem> items = List.of(aLineItem().build(), aLineItem().unitPrice(Money.of("1", "USD")).build());
    // when / then
    assertRejected("lineItems", "mismatch", () -> Totals.of(EUR, items));
    assertRejected("lineItems", "mismatch", () -> LineItems.grossTotal(EUR, items));
    assertRejected("quote.lineItems", "mismatch", () -> LineItems.requireCurrency("quote.lineItems", EUR, items));
  }

  @Test
  void totals_that_do_not_add_up_cannot_be_made() {
    assertRejected("totals.netTotal", "sum",
        () -> new Totals(eur("10"), eur("1"), eur("10"), eur("0"), eur("10")));
    assertRejected("totals.grandTotal", "sum",
        () -> new Totals(eur("10"), eur("1"), eur("9"), eur("1"), eur("9")));
  }

  @Test
  void totals_in_mixed_currencies_cannot_be_made() {
    assertRejected("totals", "mismatch",
        () -> new Totals(eur("10"), Money.of("0", "USD"), eur("10"), eur("0"), eur("10")));
  }
}
