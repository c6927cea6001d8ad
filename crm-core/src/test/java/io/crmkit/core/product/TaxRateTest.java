package io.crmkit.core.product;

import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TaxRateTest {

  @Test
  void tax_is_the_rate_applied_and_rounded_half_even() {
    // given: 19 % of 10.50 = 1.995, 7 % of 0.50 = 0.035
    // when / then
    assertThat(TaxRate.of("19").taxOn(eur("10.50"))).isEqualTo(eur("2.00"));
    assertThat(TaxRate.of("7").taxOn(eur("0.50"))).isEqualTo(eur("0.04"));
  }

  @Test
  void a_rate_outside_0_to_100_is_rejected() {
    assertRejected("taxRate.percent", "range", () -> TaxRate.of("-1"));
    assertRejected("taxRate.percent", "range", () -> TaxRate.of("101"));
  }

  @Test
  void a_rate_that_is_not_a_number_is_rejected() {
    assertRejected("taxRate.percent", "number", () -> TaxRate.of("19%"));
  }

  @Test
  void a_rate_loses_its_trailing_zeros() {
    assertThat(TaxRate.of("19.0")).isEqualTo(TaxRate.of(new BigDecimal("19")));
    assertThat(TaxRate.of("20")).hasToString("20%");
  }
}
