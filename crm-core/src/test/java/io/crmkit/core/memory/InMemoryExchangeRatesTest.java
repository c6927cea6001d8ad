package io.crmkit.core.memory;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.port.MissingExchangeRateException;
import io.crmkit.core.value.ExchangeRate;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryExchangeRatesTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

  private static InMemoryExchangeRates eurToUsdInJanuaryAndFebruary() {
    return InMemoryExchangeRates.of(
        ExchangeRate.of("EUR", "USD", "1.10", JAN_1),
        ExchangeRate.of("EUR", "USD", "1.20", FEB_1));
  }

  @Test
  void a_deal_closed_in_january_is_valued_at_the_january_rate() {
    InMemoryExchangeRates rates = eurToUsdInJanuaryAndFebruary();

    assertThat(rates.convert(Money.of("1000", "EUR"), USD, LocalDate.of(2026, 1, 31))).isEqualTo(Money.of("1100", "USD"));
    assertThat(rates.convert(Money.of("1000", "EUR"), USD, FEB_1)).isEqualTo(Money.of("1200", "USD"));
  }

  @Test
  void dollars_are_converted_with_the_inverse_of_the_euro_rate() {
    InMemoryExchangeRates rates = InMemoryExchangeRates.of(ExchangeRate.of("EUR", "USD", "1.25", JAN_1));

    assertThat(rates.convert(Money.of("100", "USD"), EUR, JAN_1)).isEqualTo(Money.of("80.00", "EUR"));
  }

  @Test
  void an_inverse_rate_is_rounded_to_16_digits_before_it_is_applied() {
    InMemoryExchangeRates rates = InMemoryExchangeRates.of(ExchangeRate.of("USD", "JPY", "3", JAN_1));

    // 1/3 = 0.3333333333333333 (DECIMAL64); 1 000 000 000 000 000 JPY * that = 333 333 333 333 333.33 USD
    assertThat(rates.convert(Money.of("1000000000000000", "JPY"), USD, JAN_1))
        .isEqualTo(Money.of("333333333333333.30", "USD"));
  }

  @Test
  void a_conversion_without_any_rate_of_the_pair_is_refused() {
    InMemoryExchangeRates rates = eurToUsdInJanuaryAndFebruary();

    assertThatThrownBy(() -> rates.convert(Money.of("1", "EUR"), JPY, FEB_1))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessageContaining("EUR").hasMessageContaining("JPY").hasMessageContaining("2026-02-01");
  }

  @Test
  void a_rate_is_not_in_force_before_its_day() {
    assertThat(eurToUsdInJanuaryAndFebruary().rateOn(EUR, USD, JAN_1.minusDays(1))).isEmpty();
  }

  @Test
  void rate_on_looks_only_at_the_direction_asked_for() {
    assertThat(eurToUsdInJanuaryAndFebruary().rateOn(USD, EUR, FEB_1)).isEmpty();
  }

  @Test
  void all_lists_the_rates_by_pair_and_day() {
    InMemoryExchangeRates rates = eurToUsdInJanuaryAndFebruary().add(ExchangeRate.of("CHF", "USD", "1.12", FEB_1));

    assertThat(rates.all()).extracting(r -> r.from() + ">" + r.to() + "@" + r.effectiveOn())
        .containsExactly("CHF>USD@2026-02-01", "EUR>USD@2026-01-01", "EUR>USD@2026-02-01");
  }

  @Test
  void missing_arguments_are_rejected() {
    InMemoryExchangeRates rates = eurToUsdInJanuaryAndFebruary();

    assertRejected(() -> rates.add(null), "rate", "required");
    assertRejected(() -> rates.rateOn(null, USD, JAN_1), "from", "required");
    assertRejected(() -> rates.rateOn(EUR, null, JAN_1), "to", "required");
    assertRejected(() -> rates.rateOn(EUR, USD, null), "day", "required");
    assertRejected(() -> rates.convert(null, USD, JAN_1), "money", "required");
    assertRejected(() -> rates.convert(Money.of("1", "EUR"), null, JAN_1), "target", "required");
    assertRejected(() -> rates.convert(Money.of("1", "EUR"), USD, null), "day", "required");
  }

  @Test
  void rates_added_from_many_threads_are_all_kept() throws Exception {
    InMemoryExchangeRates rates = new InMemoryExchangeRates();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int d = 0; d < 250; d++) {
            rates.add(new ExchangeRate(EUR, USD, java.math.BigDecimal.valueOf(thread * 1000 + d + 1), JAN_1.plusDays(thread * 250L + d)));
            rates.rateOn(EUR, USD, JAN_1.plusDays(d));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(rates.all()).hasSize(1000);
    assertThat(rates.rateOn(EUR, USD, JAN_1.plusDays(999)).orElseThrow().rate()).isEqualByComparingTo("3250");
  }
}
