package io.crmkit.core.memory;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.port.ExchangeRates;
import io.crmkit.core.value.ExchangeRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * {@link ExchangeRates} kept in memory: for tests, demos and hosts with a handful of rates.
 * Thread-safe: rates may be added while others convert.
 */
public final class InMemoryExchangeRates implements ExchangeRates {
  private final Map<Pair, ConcurrentNavigableMap<LocalDate, ExchangeRate>> rates = new ConcurrentHashMap<>();

  /** No rates. */
  public InMemoryExchangeRates() {}

  /** Rates to start with; a later rate for the same pair and day replaces an earlier one. */
  public static InMemoryExchangeRates of(ExchangeRate... rates) {
    CrmValidationException.required("rates", rates);
    InMemoryExchangeRates store = new InMemoryExchangeRates();
    for (ExchangeRate rate : rates) {
      store.add(rate);
    }
    return store;
  }

  /**
   * Adds a rate, replacing the rate for the same pair (in this direction) and day if there is one.
   *
   * @return this store, to add more
   */
  public InMemoryExchangeRates add(ExchangeRate rate) {
    CrmValidationException.required("rate", rate);
    rates.computeIfAbsent(new Pair(rate.from(), rate.to()), p -> new ConcurrentSkipListMap<>())
        .put(rate.effectiveOn(), rate);
    return this;
  }

  @Override
  public Optional<ExchangeRate> rateOn(Currency from, Currency to, LocalDate day) {
    CrmValidationException.required("from", from);
    CrmValidationException.required("to", to);
    CrmValidationException.required("day", day);
    ConcurrentNavigableMap<LocalDate, ExchangeRate> byDay = rates.get(new Pair(from, to));
    if (byDay == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, ExchangeRate> entry = byDay.floorEntry(day);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /** Every rate stored, by pair and then by day; a snapshot. */
  public List<ExchangeRate> all() {
    List<ExchangeRate> all = new ArrayList<>();
    rates.values().forEach(byDay -> all.addAll(byDay.values()));
    all.sort(Comparator.comparing((ExchangeRate r) -> r.from().getCurrencyCode())
        .thenComparing(r -> r.to().getCurrencyCode())
        .thenComparing(ExchangeRate::effectiveOn));
    return List.copyOf(all);
  }

  private record Pair(Currency from, Currency to) {}
}
