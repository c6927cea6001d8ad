package io.crmkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.fixtures.ValueArbitraries;
import io.crmkit.core.port.ExchangeRates;
import io.crmkit.core.port.MissingExchangeRateException;
import io.crmkit.core.value.ExchangeRate;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The in-memory store, and through it the port's conversion rules. */
class InMemoryExchangeRatesProperties {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");

  @Property
  void the_rate_on_a_day_is_the_latest_one_in_force(@ForAll("eurToUsdRates") List<ExchangeRate> rates,
      @ForAll("days") LocalDate day) {
    InMemoryExchangeRates store = InMemoryExchangeRates.of(rates.toArray(ExchangeRate[]::new));

    Optional<ExchangeRate> expected = rates.stream()
        .filter(r -> !r.effectiveOn().isAfter(day))
        .max(Comparator.comparing(ExchangeRate::effectiveOn).thenComparing(r -> rates.lastIndexOf(r)));
    Optional<LocalDate> inForceSince = expected.map(ExchangeRate::effectiveOn);

    assertThat(store.rateOn(EUR, USD, day).map(ExchangeRate::effectiveOn)).isEqualTo(inForceSince);
    inForceSince.ifPresent(since -> assertThat(store.rateOn(EUR, USD, day)).contains(lastAddedOn(rates, since)));
  }

  @Property
  void a_later_rate_does_not_change_an_earlier_valuation(@ForAll("eurToUsdRates") List<ExchangeRate> rates,
      @ForAll("eur") Money deal, @ForAll("days") LocalDate closeDate, @ForAll("rates") ExchangeRate later,
      @ForAll @IntRange(min = 1, max = 4000) int daysLater) {
    InMemoryExchangeRates store = InMemoryExchangeRates.of(rates.toArray(ExchangeRate[]::new));
    Assume.that(store.rateOn(EUR, USD, closeDate).isPresent());
    Money valuedAtClose = store.convert(deal, USD, closeDate);

    store.add(new ExchangeRate(EUR, USD, later.rate(), closeDate.plusDays(daysLater)));
    store.add(new ExchangeRate(USD, EUR, later.rate(), closeDate.plusDays(daysLater)));

    assertThat(store.convert(deal, USD, closeDate)).isEqualTo(valuedAtClose);
  }

  @Property
  void conversion_uses_the_rate_in_force_on_the_day(@ForAll("eurToUsdRates") List<ExchangeRate> rates,
      @ForAll("eur") Money deal, @ForAll("days") LocalDate day) {
    InMemoryExchangeRates store = InMemoryExchangeRates.of(rates.toArray(ExchangeRate[]::new));
    Optional<ExchangeRate> inForce = store.rateOn(EUR, USD, day);
    Assume.that(inForce.isPresent());

    assertThat(store.convert(deal, USD, day)).isEqualTo(deal.convertTo(USD, inForce.get()));
  }

  @Property
  void without_a_direct_rate_the_opposite_rate_is_inverted(@ForAll("eurToUsdRates") List<ExchangeRate> rates,
      @ForAll("usd") Money deal, @ForAll("days") LocalDate day) {
    InMemoryExchangeRates store = InMemoryExchangeRates.of(rates.toArray(ExchangeRate[]::new));
    Optional<ExchangeRate> opposite = store.rateOn(EUR, USD, day);
    Assume.that(opposite.isPresent());

    assertThat(store.convert(deal, EUR, day)).isEqualTo(deal.convertTo(EUR, opposite.get().inverse()));
  }

  @Property
  void the_direct_rate_wins_over_the_opposite_one(@ForAll("rates") ExchangeRate direct, @ForAll("rates") ExchangeRate opposite,
      @ForAll("usd") Money deal) {
    LocalDate day = LocalDate.of(2026, 6, 30);
    ExchangeRate usdToEur = new ExchangeRate(USD, EUR, direct.rate(), day.minusDays(10));
    ExchangeRate eurToUsd = new ExchangeRate(EUR, USD, opposite.rate(), day.minusDays(1));
    ExchangeRates store = InMemoryExchangeRates.of(usdToEur, eurToUsd);

    assertThat(store.convert(deal, EUR, day)).isEqualTo(deal.convertTo(EUR, usdToEur));
  }

  @Property
  void money_in_the_target_currency_is_returned_as_it_is(@ForAll("eur") Money deal, @ForAll("days") LocalDate day) {
    assertThat(new InMemoryExchangeRates().convert(deal, EUR, day)).isSameAs(deal);
  }

  @Property
  void a_conversion_before_the_first_rate_is_refused_naming_the_pair_and_day(
      @ForAll("eurToUsdRates") List<ExchangeRate> rates, @ForAll("eur") Money deal) {
    Assume.that(!rates.isEmpty());
    InMemoryExchangeRates store = InMemoryExchangeRates.of(rates.toArray(ExchangeRate[]::new));
    LocalDate dayBefore = rates.stream().map(ExchangeRate::effectiveOn).min(Comparator.naturalOrder()).orElseThrow()
        .minusDays(1);

    assertThatThrownBy(() -> store.convert(deal, USD, dayBefore))
        .isInstanceOfSatisfying(MissingExchangeRateException.class, e -> {
          assertThat(e.from()).isEqualTo(EUR);
          assertThat(e.to()).isEqualTo(USD);
          assertThat(e.day()).isEqualTo(dayBefore);
        });
  }

  @Property
  void adding_a_rate_for_the_same_pair_and_day_replaces_it(@ForAll("rates") ExchangeRate first,
      @ForAll("rates") ExchangeRate second) {
    LocalDate day = LocalDate.of(2026, 1, 2);
    InMemoryExchangeRates store = new InMemoryExchangeRates()
        .add(new ExchangeRate(EUR, USD, first.rate(), day))
        .add(new ExchangeRate(EUR, USD, second.rate(), day));

    assertThat(store.rateOn(EUR, USD, day).map(ExchangeRate::rate)).contains(second.rate());
    assertThat(store.all()).hasSize(1);
  }

  @Provide
  Arbitrary<List<ExchangeRate>> eurToUsdRates() {
    return Arbitraries.oneOf(ValueArbitraries.dates(), Arbitraries.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)))
        .flatMap(day -> ValueArbitraries.rates().map(rate -> new ExchangeRate(EUR, USD, rate, day)))
        .list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<ExchangeRate> rates() {
    return ValueArbitraries.exchangeRates();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.oneOf(ValueArbitraries.dates(), Arbitraries.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)));
  }

  @Provide
  Arbitrary<Money> eur() {
    return ValueArbitraries.amounts().map(a -> Money.of(a.movePointLeft(6), EUR));
  }

  @Provide
  Arbitrary<Money> usd() {
    return ValueArbitraries.amounts().map(a -> Money.of(a.movePointLeft(6), USD));
  }

  private static ExchangeRate lastAddedOn(List<ExchangeRate> rates, LocalDate day) {
    ExchangeRate last = null;
    for (ExchangeRate r : rates) {
      if (r.effectiveOn().equals(day)) {
        last = r;
      }
    }
    return last;
  }
}
