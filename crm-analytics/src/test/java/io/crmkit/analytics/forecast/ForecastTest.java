package io.crmkit.analytics.forecast;

import static io.crmkit.analytics.pipeline.PipelineFixtures.EUR;
import static io.crmkit.analytics.pipeline.PipelineFixtures.aDeal;
import static io.crmkit.analytics.pipeline.PipelineFixtures.eur;
import static io.crmkit.analytics.pipeline.PipelineFixtures.inEuros;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.forecast.ForecastChange.Added;
import io.crmkit.analytics.forecast.ForecastChange.AmountChanged;
import io.crmkit.analytics.forecast.ForecastChange.Lost;
import io.crmkit.analytics.forecast.ForecastChange.Moved;
import io.crmkit.analytics.forecast.ForecastChange.Removed;
import io.crmkit.analytics.forecast.ForecastChange.Slipped;
import io.crmkit.analytics.forecast.ForecastChange.Won;
import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.pipeline.OpportunitySnapshot;
import io.crmkit.analytics.pipeline.PipelineTotal;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Stage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The weekly forecast of Q1 2026, hand-checked. Snapshot of 2026-02-02, then of 2026-02-09:
 *
 * <pre>
 * deal  2026-02-02                      2026-02-09                          change
 * A     commit 10,000 closes 03-15      won 10,000 on 02-05                 won
 * B     best case 5,000 closes 03-20    commit 6,000 closes 03-20           moved, amount 5,000 -> 6,000
 * C     pipeline 2,000 closes 03-31     pipeline 2,000 closes 05-31         slipped
 * D     commit 4,000 closes 02-28       lost on 02-06                       lost
 * E     pipeline 3,000 closes 04-15     pipeline 3,000 closes 03-30         added (pulled in)
 * F     best case 1,000 closes 03-10    (gone)                              removed
 * G     commit 6,000 closes 03-25       the same                            -
 * H     pipeline 7,000 closes 03-01     pipeline 7,000 closes 03-05         - (still in the quarter)
 * I     -                               best case 8,000 closes 03-31        added (new)
 *
 *               closed   commit   best case   pipeline   commit forecast   best-case forecast
 * 2026-02-02         0   20,000       6,000      9,000            20,000               26,000
 * 2026-02-09    10,000   12,000       8,000     10,000            22,000               30,000
 * </pre>
 */
class ForecastTest {
  private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);
  private static final LocalDate LAST_WEEK = LocalDate.of(2026, 2, 2);
  private static final LocalDate THIS_WEEK = LocalDate.of(2026, 2, 9);

  private static final ForecastSnapshot PREVIOUS = ForecastSnapshot.of(LAST_WEEK, List.of(
      open("A", ForecastCategory.COMMIT, "10000", "2026-03-15"),
      open("B", ForecastCategory.BEST_CASE, "5000", "2026-03-20"),
      open("C", ForecastCategory.PIPELINE, "2000", "2026-03-31"),
      open("D", ForecastCategory.COMMIT, "4000", "2026-02-28"),
      open("E", ForecastCategory.PIPELINE, "3000", "2026-04-15"),
      open("F", ForecastCategory.BEST_CASE, "1000", "2026-03-10"),
      open("G", ForecastCategory.COMMIT, "6000", "2026-03-25"),
      open("H", ForecastCategory.PIPELINE, "7000", "2026-03-01")));

  private static final ForecastSnapshot CURRENT = ForecastSnapshot.of(THIS_WEEK, List.of(
      closed("A", Stage.CLOSED_WON, "10000", "2026-02-05"),
      open("B", ForecastCategory.COMMIT, "6000", "2026-03-20"),
      open("C", ForecastCategory.PIPELINE, "2000", "2026-05-31"),
      closed("D", Stage.CLOSED_LOST, "4000", "2026-02-06"),
      open("E", ForecastCategory.PIPELINE, "3000", "2026-03-30"),
      open("G", ForecastCategory.COMMIT, "6000", "2026-03-25"),
      open("H", ForecastCategory.PIPELINE, "7000", "2026-03-05"),
      open("I", ForecastCategory.BEST_CASE, "8000", "2026-03-31")));

  private static OpportunitySnapshot open(String id, ForecastCategory category, String amount, String closes) {
    return aDeal(id).stage(Stage.PROPOSAL).forecastCategory(category).amount(eur(amount))
        .closeDate(LocalDate.parse(closes)).build();
  }

  private static OpportunitySnapshot closed(String id, Stage stage, String amount, String closedOn) {
    return aDeal(id).stage(stage).amount(eur(amount)).closeDate(LocalDate.parse(closedOn)).build();
  }

  private static OpportunityId id(String id) {
    return OpportunityId.of(id);
  }

  @Test
  void the_forecast_totals_each_category_and_rolls_them_up() {
    Forecast before = Forecast.of(Q1, PREVIOUS, inEuros());
    Forecast after = Forecast.of(Q1, CURRENT, inEuros());

    assertThat(before.closed().amount()).isEqualTo(eur("0"));
    assertThat(before.total(ForecastCategory.COMMIT).amount()).isEqualTo(eur("20000"));
    assertThat(before.total(ForecastCategory.COMMIT).deals()).isEqualTo(3);
    assertThat(before.total(ForecastCategory.BEST_CASE).amount()).isEqualTo(eur("6000"));
    assertThat(before.total(ForecastCategory.PIPELINE).amount()).isEqualTo(eur("9000"));
    assertThat(before.commitForecast().amount()).isEqualTo(eur("20000"));
    assertThat(before.bestCaseForecast().amount()).isEqualTo(eur("26000"));

    assertThat(after.closed().amount()).isEqualTo(eur("10000"));
    assertThat(after.total(ForecastCategory.COMMIT).amount()).isEqualTo(eur("12000"));
    assertThat(after.total(ForecastCategory.BEST_CASE).amount()).isEqualTo(eur("8000"));
    assertThat(after.total(ForecastCategory.PIPELINE).amount()).isEqualTo(eur("10000"));
    assertThat(after.commitForecast().amount()).isEqualTo(eur("22000"));
    assertThat(after.bestCaseForecast().amount()).isEqualTo(eur("30000"));
    assertThat(after.openPipeline().amount()).isEqualTo(eur("30000"));
    assertThat(after.omitted()).isEqualTo(PipelineTotal.empty(EUR));
  }

  @Test
  void what_changed_since_last_week_deal_by_deal() {
    ForecastChanges changes = ForecastChanges.between(PREVIOUS, CURRENT, Q1);

    assertThat(changes.changes()).containsExactly(
        new Won(id("A"), LocalDate.of(2026, 2, 5), eur("10000")),
        new Moved(id("B"), ForecastCategory.BEST_CASE, ForecastCategory.COMMIT),
        new AmountChanged(id("B"), eur("5000"), eur("6000")),
        new Slipped(id("C"), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31), eur("2000")),
        new Lost(id("D"), LocalDate.of(2026, 2, 6), eur("4000")),
        new Added(CURRENT.find(id("E")).orElseThrow(), Optional.of(LocalDate.of(2026, 4, 15))),
        new Removed(PREVIOUS.find(id("F")).orElseThrow()),
        new Added(CURRENT.find(id("I")).orElseThrow(), Optional.empty()));
    assertThat(changes.ofKind(Added.class)).extracting(Added::opportunityId).containsExactly(id("E"), id("I"));
    assertThat(changes.previousTakenOn()).isEqualTo(LAST_WEEK);
    assertThat(changes.currentTakenOn()).isEqualTo(THIS_WEEK);
  }

  @Test
  void a_snapshot_compared_with_itself_has_no_change() {
    assertThat(ForecastChanges.between(CURRENT, CURRENT, Q1).isEmpty()).isTrue();
  }

  @Test
  void the_forecast_of_another_period_sees_other_deals() {
    ReportingPeriod april = ReportingPeriod.month(YearMonth.of(2026, 4));

    Forecast before = Forecast.of(april, PREVIOUS, inEuros());
    ForecastChanges changes = ForecastChanges.between(PREVIOUS, CURRENT, april);

    assertThat(before.openPipeline().amount()).isEqualTo(eur("3000"));
    assertThat(changes.changes()).containsExactly(
        new Slipped(id("E"), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 3, 30), eur("3000")));
  }

  @Test
  void forecasts_over_chunks_of_the_deals_combine_into_the_forecast_of_all() {
    List<OpportunitySnapshot> deals = CURRENT.deals();
    Forecast first = Forecast.of(Q1, deals.subList(0, 3), inEuros());
    Forecast rest = Forecast.of(Q1, deals.subList(3, deals.size()), inEuros());

    assertThat(first.combine(rest)).isEqualTo(Forecast.of(Q1, CURRENT, inEuros()));
  }

  @Test
  void bad_snapshots_and_mismatched_forecasts_are_refused() {
    OpportunitySnapshot deal = open("A", ForecastCategory.COMMIT, "1", "2026-03-01");
    assertRejected("forecastSnapshot.deals", "duplicate", () -> ForecastSnapshot.of(THIS_WEEK, List.of(deal, deal)));
    assertRejected("forecastChanges.currentTakenOn", "order", () -> ForecastChanges.between(CURRENT, PREVIOUS, Q1));
    assertRejected("forecast.period", "mismatch",
        () -> Forecast.empty(EUR, Q1).combine(Forecast.empty(EUR, ReportingPeriod.quarter(2026, 2))));
    assertRejected("forecast.currency", "mismatch",
        () -> Forecast.empty(EUR, Q1).combine(Forecast.empty(Currency.getInstance("USD"), Q1)));
  }
}
