package io.crmkit.analytics.forecast;

import static io.crmkit.analytics.pipeline.PipelineFixtures.aDeal;
import static io.crmkit.analytics.pipeline.PipelineFixtures.eur;
import static io.crmkit.analytics.pipeline.PipelineFixtures.inEuros;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.forecast.ForecastChange.Added;
import io.crmkit.analytics.forecast.ForecastChange.Lost;
import io.crmkit.analytics.forecast.ForecastChange.Removed;
import io.crmkit.analytics.forecast.ForecastChange.Slipped;
import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.pipeline.OpportunitySnapshot;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ForecastChangesProperties {
  private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);

  /** One deal in the previous and the current snapshot; empty where it is absent. */
  record Pair(Optional<OpportunitySnapshot> before, Optional<OpportunitySnapshot> after) {}

  @Provide
  Arbitrary<List<Pair>> pairs() {
    Arbitrary<Optional<OpportunitySnapshot>> state = Combinators.combine(
            Arbitraries.of(Stage.defaults()), Arbitraries.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE,
                ForecastCategory.COMMIT, ForecastCategory.OMITTED),
            Arbitraries.integers().between(0, 150), Arbitraries.integers().between(1, 5))
        .as((stage, category, day, amount) -> aDeal("x").stage(stage)
            .forecastCategory(stage.isClosed() ? stage.forecastCategory() : category)
            .closeDate(LocalDate.of(2026, 1, 5).plusDays(day)).amount(eur(amount + "000")).build())
        .optional(0.8);
    return Combinators.combine(state, state).as(Pair::new).list().ofMaxSize(30);
  }

  @Property
  void the_changes_explain_which_deals_are_in_the_forecast_now(@ForAll("pairs") List<Pair> pairs) {
    // given
    List<OpportunitySnapshot> before = new ArrayList<>();
    List<OpportunitySnapshot> after = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      OpportunityId id = OpportunityId.of("deal-" + i);
      pairs.get(i).before().map(d -> d.withId(id)).ifPresent(before::add);
      pairs.get(i).after().map(d -> d.withId(id)).ifPresent(after::add);
    }
    ForecastSnapshot previous = ForecastSnapshot.of(LocalDate.of(2026, 2, 2), before);
    ForecastSnapshot current = ForecastSnapshot.of(LocalDate.of(2026, 2, 9), after);

    // when
    ForecastChanges changes = ForecastChanges.between(previous, current, Q1);

    // then: in now = in before + added - removed - lost - slipped
    Set<OpportunityId> expected = new HashSet<>(inForecast(before));
    changes.ofKind(Added.class).forEach(c -> assertThat(expected.add(c.opportunityId())).isTrue());
    for (Class<? extends ForecastChange> leaving : List.of(Removed.class, Lost.class, Slipped.class)) {
      changes.ofKind(leaving).forEach(c -> assertThat(expected.remove(c.opportunityId())).isTrue());
    }
    assertThat(expected).isEqualTo(inForecast(after));
    assertThat(Forecast.of(Q1, current, inEuros()).categories().values().stream()
        .mapToLong(t -> t.deals()).sum()).isEqualTo(expected.size());
  }

  @Property
  void nothing_changes_between_a_snapshot_and_itself(@ForAll("pairs") List<Pair> pairs) {
    List<OpportunitySnapshot> deals = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      OpportunityId id = OpportunityId.of("deal-" + i);
      pairs.get(i).after().map(d -> d.withId(id)).ifPresent(deals::add);
    }
    ForecastSnapshot snapshot = ForecastSnapshot.of(LocalDate.of(2026, 2, 9), deals);

    assertThat(ForecastChanges.between(snapshot, snapshot, Q1).changes()).isEmpty();
  }

  private static Set<OpportunityId> inForecast(List<OpportunitySnapshot> deals) {
    Set<OpportunityId> ids = new HashSet<>();
    deals.stream().filter(d -> Forecast.counts(Q1, d)).forEach(d -> ids.add(d.id()));
    return ids;
  }
}
