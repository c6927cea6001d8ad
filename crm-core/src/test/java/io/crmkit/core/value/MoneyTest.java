package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

  @Test
  void ten_dollars_equal_ten_dollars_and_no_cents() {
    assertThat(Money.of("10", "USD")).isEqualTo(Money.of("10.00", "USD"));
    assertThat(Money.of("10", "USD").amount()).isEqualTo(new BigDecimal("10.00"));
    assertThat(Money.of("10.000", "usd")).hasToString("10.00 USD");
  }

  @Test
  void yen_have_no_minor_units() {
    assertThat(Money.of("1500.00", "JPY").amount().scale()).isZero();
    assertThat(Money.ofMinor(1500, "JPY")).isEqualTo(Money.of("1500", "JPY"));
  }

  @Test
  void a_bahraini_dinar_has_three_decimal_places() {
    assertThat(Money.ofMinor(1250, "BHD")).hasToString("1.250 BHD");
  }

  @Test
  void a_unit_price_more_precise_than_cents_keeps_its_places() {
    assertThat(Money.of("0.005", "USD").amount()).isEqualTo(new BigDecimal("0.005"));
    assertThat(Money.of("0.005", "USD").rounded()).isEqualTo(Money.of("0.00", "USD"));
    assertThat(Money.of("0.015", "USD").rounded()).isEqualTo(Money.of("0.02", "USD"));
  }

  @Test
  void an_amount_written_with_an_exponent_is_read() {
    assertThat(Money.of("1.5E+3", "EUR")).isEqualTo(Money.of("1500.00", "EUR"));
  }

  @Test
  void ofminor_counts_cents() {
    assertThat(Money.ofMinor(1250, "EUR")).isEqualTo(Money.of("12.50", "EUR"));
  }

  @Test
  void a_pseudo_currency_without_minor_units_keeps_scale_zero() {
    assertThat(Money.of("2", "XAU").amount().scale()).isZero();
  }

  @Test
  void times_keeps_the_exact_product_and_rounded_gives_cents() {
    Money price = Money.of("19.99", "USD");

    Money discounted = price.times(new BigDecimal("0.85"));

    assertThat(discounted.amount()).isEqualTo(new BigDecimal("16.9915"));
    assertThat(discounted.rounded()).isEqualTo(Money.of("16.99", "USD"));
  }

  @Test
  void times_rounds_a_product_beyond_18_places_half_even() {
    Money tiny = Money.of("0.000000001", "USD");

    Money product = tiny.times(new BigDecimal("0.0000000015"));

    assertThat(product.amount()).isEqualTo(new BigDecimal("0.000000000000000002"));
  }

  @Test
  void a_billion_digit_amount_is_refused_before_it_is_computed() {
    assertRejected(() -> Money.of("1E+999999999", "USD"), "money.amount", "range");
    assertRejected(() -> Money.of("1E-999999999", "USD"), "money.amount", "scale");
  }

  @Test
  void the_largest_amount_has_24_digits_before_the_point() {
    String largest = "9".repeat(24);

    assertThat(Money.of(largest, "USD").amount().precision()).isEqualTo(26);
    assertRejected(() -> Money.of("1" + largest, "USD"), "money.amount", "range");
  }

  @Test
  void an_unknown_currency_is_rejected() {
    assertRejected(() -> Money.of("1", "ABC"), "money.currency", "iso4217");
    assertRejected(() -> Money.currency("euro"), "money.currency", "iso4217");
  }

  @Test
  void text_that_is_not_a_number_is_rejected() {
    assertRejected(() -> Money.of("12,50", "EUR"), "money.amount", "number");
    assertRejected(() -> Money.of("twelve", "EUR"), "money.amount", "number");
  }

  @Test
  void a_missing_amount_or_currency_is_rejected_as_required() {
    assertRejected(() -> Money.of((BigDecimal) null, USD), "money.amount", "required");
    assertRejected(() -> Money.of(BigDecimal.ONE, null), "money.currency", "required");
    assertRejected(() -> Money.of(" ", "USD"), "money.amount", "required");
    assertRejected(() -> Money.zero(" "), "money.currency", "required");
  }

  @Test
  void adding_euros_to_dollars_is_refused() {
    assertRejected(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")), "money.currency", "mismatch");
  }

  @Test
  void adding_nothing_is_refused() {
    assertRejected(() -> Money.of("1", "USD").plus(null), "money", "required");
  }

  @Test
  void conversion_multiplies_by_the_rate_and_rounds_to_the_target_cents() {
    ExchangeRate eurToUsd = ExchangeRate.of("EUR", "USD", "1.0825", NEW_YEAR);

    assertThat(Money.of("100.00", "EUR").convertTo(USD, eurToUsd)).isEqualTo(Money.of("108.25", "USD"));
    assertThat(Money.of("0.01", "EUR").convertTo(USD, eurToUsd)).isEqualTo(Money.of("0.01", "USD"));
  }

  @Test
  void conversion_to_the_same_currency_returns_the_money() {
    Money money = Money.of("5", "EUR");

    assertThat(money.convertTo(EUR, ExchangeRate.of("EUR", "USD", "1.1", NEW_YEAR))).isSameAs(money);
  }

  @Test
  void conversion_with_a_rate_of_another_pair_is_refused() {
    ExchangeRate usdToEur = ExchangeRate.of("USD", "EUR", "0.92", NEW_YEAR);

    assertRejected(() -> Money.of("100", "EUR").convertTo(USD, usdToEur), "rate", "currency");
    assertRejected(() -> Money.of("100", "EUR").convertTo(JPY, usdToEur), "rate", "currency");
  }
}
