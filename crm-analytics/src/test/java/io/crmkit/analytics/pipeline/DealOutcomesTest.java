package io.crmkit.analytics.pipeline;

import static io.crmkit.analytics.pipeline.PipelineFixtures.EUR;
import static io.crmkit.analytics.pipeline.PipelineFixtures.eur;
import static io.crmkit.analytics.pipeline.PipelineFixtures.inEuros;
import static io.crmkit.analytics.pipeline.PipelineFixtures.lost;
import static io.crmkit.analytics.pipeline.PipelineFixtures.open;
import static io.crmkit.analytics.pipeline.PipelineFixtures.won;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.memory.InMemoryExchangeRates;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.port.MissingExchangeRateException;
import io.crmkit.core.value.ExchangeRate;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealOutcomesTest {
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  @Test
  void win_rate_deal_size_and_cycle_of_two_won_and_two_lost_deals_with_one_open() {
    // given: won 10,000 in 30 days and 5,000 in 40 days; lost 8,000 and 2,000; one open deal
    List<OpportunitySnapshot> deals = List.of(
        won("a", "10000", JAN_1, LocalDate.of(2026, 1, 31)),
        won("b", "5000", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 19)),
        lost("c", "8000"),
        lost("d", "2000"),
        open("e", Stage.PROPOSAL, "50000"));

    // when
    DealOutcomes outcomes = DealOutcomes.of(deals, inEuros());

    // then: 2 of 4 closed won; 15,000 of 25,000; 7,500 a deal; (30 + 40) / 2 days
    assertThat(outcomes.winRate()).isEqualTo(Proportion.of(2, 4));
    assertThat(outcomes.winRate().share()).hasValue(0.5);
    assertThat(outcomes.winRateByAmount().getAsDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(outcomes.averageDealSize()).hasValue(eur("7500.00"));
    assertThat(outcomes.averageSalesCycleDays()).hasValue(35.0);
    assertThat(outcomes.closed()).isEqualTo(4);
    assertThat(outcomes.lostAmount()).isEqualTo(eur("10000"));
  }

  @Test
  void no_closed_deal_gives_no_rate_no_deal_size_and_no_cycle() {
    DealOutcomes outcomes = DealOutcomes.of(List.of(open("a", Stage.COMMIT, "100")), inEuros());

    assertThat(outcomes).isEqualTo(DealOutcomes.empty(EUR));
    assertThat(outcomes.winRate().share()).isEmpty();
    assertThat(outcomes.winRateByAmount()).isEmpty();
    assertThat(outcomes.averageDealSize()).isEmpty();
    assertThat(outcomes.averageSalesCycleDays()).isEmpty();
  }

  @Test
  void the_average_deal_size_is_rounded_half_even_to_cents() {
    DealOutcomes outcomes = DealOutcomes.of(List.of(
        won("a", "10.00", JAN_1, JAN_1), won("b", "10.00", JAN_1, JAN_1), won("c", "0.01", JAN_1, JAN_1)),
        inEuros());

    // 20.01 / 3 = 6.67
    assertThat(outcomes.averageDealSize()).hasValue(eur("6.67"));
  }

  @Test
  void each_deal_is_converted_at_the_rate_in_force_on_its_close_date() {
    // given: 1 EUR bought 1.10 USD from January, 1.25 USD from February
    InMemoryExchangeRates rates = InMemoryExchangeRates.of(
        ExchangeRate.of("EUR", "USD", "1.10", JAN_1),
        ExchangeRate.of("EUR", "USD", "1.25", LocalDate.of(2026, 2, 1)));
    CurrencyValuation valuation = CurrencyValuation.in(EUR, rates);
    OpportunitySnapshot january = PipelineFixtures.aDeal("jan").stage(Stage.CLOSED_WON)
        .amount(Money.of("1100", "USD")).createdOn(JAN_1).closeDate(LocalDate.of(2026, 1, 20)).build();
    OpportunitySnapshot february = PipelineFixtures.aDeal("feb").stage(Stage.CLOSED_WON)
        .amount(Money.of("1250", "USD")).createdOn(JAN_1).closeDate(LocalDate.of(2026, 2, 20)).build();

    // when
    DealOutcomes outcomes = DealOutcomes.of(List.of(january, february), valuation);

    // then: 1,100 / 1.10 = 1,000 and 1,250 / 1.25 = 1,000
    assertThat(outcomes.wonAmount()).isEqualTo(eur("2000.00"));
  }

  @Test
  void a_deal_in_a_currency_without_a_rate_on_its_date_is_refused_naming_the_pair_and_day() {
    OpportunitySnapshot pounds = PipelineFixtures.aDeal("gbp").stage(Stage.CLOSED_WON)
        .amount(Money.of("100", "GBP")).build();

    assertThatThrownBy(() -> DealOutcomes.of(List.of(pounds), inEuros()))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessageContaining("GBP").hasMessageContaining("EUR").hasMessageContaining("2026-03-31");
  }

  @Test
  void adding_deals_one_at_a_time_gives_the_one_pass_tally() {
    List<OpportunitySnapshot> deals =
        List.of(won("a", "10", JAN_1, JAN_1), lost("b", "5"), open("c", Stage.COMMIT, "7"));
    DealOutcomes incremental = DealOutcomes.empty(EUR);
    for (OpportunitySnapshot deal : deals) {
      incremental = incremental.add(deal, inEuros());
    }

    assertThat(incremental).isEqualTo(DealOutcomes.of(deals, inEuros()));
  }

  @Test
  void tallies_in_two_currencies_do_not_combine() {
    DealOutcomes dollars = DealOutcomes.empty(Currency.getInstance("USD"));

    assertRejected("dealOutcomes.currency", "mismatch", () -> DealOutcomes.empty(EUR).combine(dollars));
    assertRejected("valuation.currency", "mismatch", () -> dollars.add(lost("a", "1"), inEuros()));
  }

  @Test
  void a_tally_with_negative_counts_or_amounts_is_refused() {
    assertRejected("dealOutcomes.won", "range", () -> new DealOutcomes(EUR, -1, 0, eur("0"), eur("0"), 0));
    assertRejected("dealOutcomes.wonAmount", "range", () -> new DealOutcomes(EUR, 0, 0, eur("-1"), eur("0"), 0));
    assertRejected("dealOutcomes.lostAmount", "mismatch",
        () -> new DealOutcomes(EUR, 0, 0, eur("0"), Money.of("0", "USD"), 0));
  }
}
