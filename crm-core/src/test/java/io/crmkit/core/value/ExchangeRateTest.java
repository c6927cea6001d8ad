package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {
  private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

  @Test
  void a_rate_is_read_from_text() {
    ExchangeRate rate = ExchangeRate.of("eur", "USD", "1.0825", NEW_YEAR);

    assertThat(rate.from()).isEqualTo(Currency.getInstance("EUR"));
    assertThat(rate.to()).isEqualTo(Currency.getInstance("USD"));
    assertThat(rate.rate()).isEqualTo(new BigDecimal("1.0825"));
    assertThat(rate.effectiveOn()).isEqualTo(NEW_YEAR);
  }

  @Test
  void trailing_zeros_do_not_make_a_different_rate() {
    assertThat(ExchangeRate.of("EUR", "USD", "1.10", NEW_YEAR)).isEqualTo(ExchangeRate.of("EUR", "USD", "1.1", NEW_YEAR));
  }

  @Test
  void the_inverse_of_eight_is_an_eighth() {
    assertThat(ExchangeRate.of("USD", "SEK", "8", NEW_YEAR).inverse())
        .isEqualTo(ExchangeRate.of("SEK", "USD", "0.125", NEW_YEAR));
  }

  @Test
  void the_inverse_of_three_is_rounded_to_16_digits() {
    assertThat(ExchangeRate.of("USD", "ILS", "3", NEW_YEAR).inverse().rate())
        .isEqualTo(new BigDecimal("0.3333333333333333"));
  }

  @Test
  void a_rate_of_zero_is_rejected() {
    assertRejected(() -> ExchangeRate.of("EUR", "USD", "0", NEW_YEAR), "rate.rate", "positive");
  }

  @Test
  void a_rate_that_is_not_a_number_is_rejected() {
    assertRejected(() -> ExchangeRate.of("EUR", "USD", "1,08", NEW_YEAR), "rate.rate", "number");
  }

  @Test
  void a_rate_of_a_billion_digits_is_refused_before_it_is_used() {
    assertRejected(() -> ExchangeRate.of("EUR", "USD", "1E+999999999", NEW_YEAR), "rate.rate", "range");
  }

  @Test
  void a_rate_without_a_day_is_rejected() {
    assertRejected(() -> ExchangeRate.of("EUR", "USD", "1.1", null), "rate.effectiveOn", "required");
  }

  @Test
  void a_rate_with_missing_parts_is_rejected() {
    Currency eur = Currency.getInstance("EUR");
    assertRejected(() -> new ExchangeRate(null, eur, BigDecimal.ONE, NEW_YEAR), "rate.from", "required");
    assertRejected(() -> new ExchangeRate(eur, null, BigDecimal.ONE, NEW_YEAR), "rate.to", "required");
    assertRejected(() -> new ExchangeRate(eur, Currency.getInstance("USD"), null, NEW_YEAR), "rate.rate", "required");
    assertRejected(() -> ExchangeRate.of("EUR", "USD", "  ", NEW_YEAR), "rate.rate", "required");
  }

  @Test
  void a_rate_of_an_unknown_currency_is_rejected() {
    assertRejected(() -> ExchangeRate.of("EUR", "ZZZ", "1", NEW_YEAR), "money.currency", "iso4217");
  }
}
