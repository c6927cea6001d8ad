package io.crmkit.core.product;

import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiscountTest {

  @Test
  void no_discount_takes_nothing_off() {
    assertThat(Discount.none().amountOff(eur("80"))).isEqualTo(eur("0"));
  }

  @Test
  void a_percentage_outside_0_to_100_is_rejected() {
    assertRejected("discount.percent", "range", () -> Discount.percent("-0.01"));
    assertRejected("discount.percent", "range", () -> Discount.percent("100.01"));
  }

  @Test
  void a_percentage_that_is_not_a_number_is_rejected() {
    assertRejected("discount.percent", "number", () -> Discount.percent("ten"));
    assertRejected("discount.percent", "required", () -> Discount.percent(" "));
  }

  @Test
  void a_percentage_loses_its_trailing_zeros() {
    assertThat(Discount.percent("10.00")).isEqualTo(Discount.percent(BigDecimal.TEN));
    assertThat(Discount.percent("10.00")).hasToString("10%");
  }

  @Test
  void a_negative_fixed_amount_is_rejected() {
    assertRejected("discount.amount", "range", () -> Discount.amount(eur("-5")));
  }

  @Test
  void a_fixed_amount_applied_to_a_smaller_gross_is_rejected() {
    assertRejected("discount", "range", () -> Discount.amount(eur("5")).amountOff(eur("4.99")));
  }

  @Test
  void a_fixed_amount_applied_to_another_currency_is_rejected() {
    assertRejected("discount", "mismatch", () -> Discount.amount(eur("5")).amountOff(Money.of("10", "USD")));
  }
}
