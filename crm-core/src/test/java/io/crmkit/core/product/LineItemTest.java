package io.crmkit.core.product;

import io.crmkit.core.id.ProductId;
import static io.crmkit.core.fixtures.SalesFixtures.aLineItem;
import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LineItemTest {

  @Test
  void gross_is_quantity_times_unit_price() {
    // given
    LineItem item = aLineItem().quantity(new BigDecimal("3")).unitPrice(eur("19.99")).build();
    // when / then
    assertThat(item.gross()).isEqualTo(eur("59.97"));
    assertThat(item.discountAmount()).isEqualTo(eur("0"));
    assertThat(item.net()).isEqualTo(eur("59.97"));
  }

  @Test
  void gross_is_rounded_half_even_to_the_currencys_minor_units() {
    // given: 0.5 x 0.05 = 0.025 and 1.5 x 0.05 = 0.075 EUR
    LineItem down = aLineItem().quantity(new BigDecimal("0.5")).unitPrice(eur("0.05")).build();
    LineItem up = aLineItem().quantity(new BigDecimal("1.5")).unitPrice(eur("0.05")).build();
    // when / then: half-even gives 0.02 and 0.08
    assertThat(down.gross()).isEqualTo(eur("0.02"));
    assertThat(up.gross()).isEqualTo(eur("0.08"));
  }

  @Test
  void a_currency_without_minor_units_rounds_to_whole_units() {
    // given
    LineItem item = aLineItem().quantity(new BigDecimal("2.5")).unitPrice(Money.of("101", "JPY")).build();
    // when / then: 252.5 JPY rounds half-even to 252
    assertThat(item.gross()).isEqualTo(Money.of("252", "JPY"));
  }

  @Test
  void a_percentage_discount_is_taken_off_the_gross_and_rounded_half_even() {
    // given: 12.5 % of 200.20 = 25.025
    LineItem item = aLineItem().quantity(BigDecimal.ONE).unitPrice(eur("200.20"))
        .discount(Discount.percent("12.5")).build();
    // when / then
    assertThat(item.discountAmount()).isEqualTo(eur("25.02"));
    assertThat(item.net()).isEqualTo(eur("175.18"));
  }

  @Test
  void a_fixed_discount_is_taken_off_the_gross() {
    // given
    LineItem item = aLineItem().discount(Discount.amount(eur("50"))).build();
    // when / then
    assertThat(item.gross()).isEqualTo(eur("200"));
    assertThat(item.net()).isEqualTo(eur("150"));
  }

  @Test
  void a_fixed_discount_finer_than_the_minor_units_is_rounded() {
    // given
    LineItem item = aLineItem().discount(Discount.amount(eur("0.125"))).build();
    // when / then
    assertThat(item.discountAmount()).isEqualTo(eur("0.12"));
  }

  @Test
  void a_full_discount_makes_the_line_free() {
    assertThat(aLineItem().discount(Discount.percent("100")).build().net()).isEqualTo(eur("0"));
    assertThat(aLineItem().discount(Discount.amount(eur("200"))).build().net()).isEqualTo(eur("0"));
  }

  @Test
  void a_fixed_discount_above_the_gross_is_rejected() {
    assertRejected("lineItem.discount", "range",
        () -> aLineItem().discount(Discount.amount(eur("200.01"))).build());
  }

  @Test
  void a_fixed_discount_in_another_currency_is_rejected() {
    assertRejected("lineItem.discount", "mismatch",
        () -> aLineItem().discount(Discount.amount(Money.of("1", "USD"))).build());
  }

  @Test
  void a_quantity_of_zero_or_less_is_rejected() {
    assertRejected("lineItem.quantity", "positive", () -> aLineItem().quantity(BigDecimal.ZERO).build());
    assertRejected("lineItem.quantity", "positive", () -> aLineItem().quantity(new BigDecimal("-1")).build());
  }

  @Test
  void a_negative_unit_price_is_rejected() {
    assertRejected("lineItem.unitPrice", "range", () -> aLineItem().unitPrice(eur("-1")).build());
  }

  @Test
  void a_quantity_loses_its_trailing_zeros() {
    assertThat(aLineItem().quantity(new BigDecimal("2.500")).build().quantity()).isEqualTo(new BigDecimal("2.5"));
    assertThat(aLineItem().quantity(new BigDecimal("1E+2")).build().quantity()).isEqualTo(new BigDecimal("100"));
  }

  @Test
  void a_description_is_stripped_and_a_blank_one_is_absent() {
    assertThat(aLineItem().description("  Seats, annual ").build().description()).contains("Seats, annual");
    assertThat(aLineItem().description(" ").build().description()).isEmpty();
  }

  @Test
  void a_line_without_discount_says_so() {
    assertThat(LineItem.of(ProductId.of("p"), BigDecimal.ONE, eur("1")).discount()).isEqualTo(Discount.none());
  }

  @Test
  void a_line_is_in_its_unit_prices_currency() {
    assertThat(aLineItem().unitPrice(Money.of("5", "USD")).build().currency()).isEqualTo(Money.currency("USD"));
  }

  @Test
  void an_absurdly_large_or_fine_quantity_is_refused_before_it_is_computed_with() {
    assertRejected("lineItem.quantity", "range",
        () -> aLineItem().quantity(new BigDecimal("1E+999999999")).build());
    assertRejected("lineItem.quantity", "range",
        () -> aLineItem().quantity(new BigDecimal("1E-19")).build());
  }
}
