package io.crmkit.analytics.pipeline;

import static io.crmkit.analytics.pipeline.PipelineFixtures.EUR;
import static io.crmkit.analytics.pipeline.PipelineFixtures.aDeal;
import static io.crmkit.analytics.pipeline.PipelineFixtures.eur;
import static io.crmkit.analytics.pipeline.PipelineFixtures.inEuros;
import static io.crmkit.analytics.pipeline.PipelineFixtures.lost;
import static io.crmkit.analytics.pipeline.PipelineFixtures.open;
import static io.crmkit.analytics.pipeline.PipelineFixtures.won;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.period.PeriodUnit;
import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.opportunity.Stage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineAnalysisTest {
  private final PipelineAnalysis analysis = PipelineAnalysis.valuedBy(inEuros());

  @Test
  void the_weighted_pipeline_sums_amount_times_probability_over_open_deals_only() {
    // given: Discovery 10% of 1,000; Proposal 60% of 2,000; Commit 90% of 3,000; a won and a lost deal
    List<OpportunitySnapshot> deals = List.of(
        open("a", Stage.DISCOVERY, "1000"), open("b", Stage.PROPOSAL, "2000"), open("c", Stage.COMMIT, "3000"),
        won("d", "9999", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9)), lost("e", "5000"));

    // when
    PipelineTotal pipeline = analysis.openPipeline(deals);

    // then: 100 + 1,200 + 2,700
    assertThat(pipeline).isEqualTo(new PipelineTotal(EUR, 3, eur("6000"), eur("4000")));
    assertThat(pipeline.averageAmount()).hasValue(eur("2000"));
  }

  @Test
  void a_probability_set_on_the_deal_overrides_the_stage_and_each_deal_is_rounded_to_cents() {
    OpportunitySnapshot deal = aDeal("a").stage(Stage.PROPOSAL).probability(33).amount(eur("0.50")).build();

    // 0.165 -> 0.16 (half-even)
    assertThat(analysis.openPipeline(List.of(deal)).weightedAmount()).isEqualTo(eur("0.16"));
  }

  @Test
  void the_open_pipeline_per_forecast_category() {
    List<OpportunitySnapshot> deals = List.of(
        open("a", Stage.DISCOVERY, "1000"), open("b", Stage.SOLUTION_FIT, "500"), open("c", Stage.COMMIT, "3000"));

    Grouped<String, PipelineTotal> byCategory = analysis.openPipelineBy(DealDimension.FORECAST_CATEGORY, deals);

    assertThat(byCategory.groups()).containsOnlyKeys("PIPELINE", "COMMIT");
    assertThat(byCategory.get("PIPELINE")).hasValue(new PipelineTotal(EUR, 2, eur("1500"), eur("250")));
    assertThat(byCategory.get("COMMIT")).hasValue(new PipelineTotal(EUR, 1, eur("3000"), eur("2700")));
  }

  @Test
  void pipeline_created_per_month_and_segment_counts_every_deal_created_whatever_became_of_it() {
    // given: January: two Enterprise deals (one lost later) and one SMB; February: one Enterprise
    List<OpportunitySnapshot> deals = List.of(
        aDeal("a").segment("Enterprise").createdOn(LocalDate.of(2026, 1, 3)).amount(eur("1000")).build(),
        aDeal("b").segment("Enterprise").createdOn(LocalDate.of(2026, 1, 30)).amount(eur("3000"))
            .stage(Stage.CLOSED_LOST).build(),
        aDeal("c").segment("SMB").createdOn(LocalDate.of(2026, 1, 15)).amount(eur("200")).build(),
        aDeal("d").segment("Enterprise").createdOn(LocalDate.of(2026, 2, 1)).amount(eur("5000")).build());

    // when
    Grouped<PeriodGroup, PipelineTotal> created = analysis.createdBy(PeriodUnit.MONTH, DealDimension.SEGMENT, deals);

    // then
    ReportingPeriod january = ReportingPeriod.month(YearMonth.of(2026, 1));
    ReportingPeriod february = ReportingPeriod.month(YearMonth.of(2026, 2));
    assertThat(created.keys(Comparator.naturalOrder())).containsExactly(
        PeriodGroup.of(january, "Enterprise"), PeriodGroup.of(january, "SMB"), PeriodGroup.of(february, "Enterprise"));
    assertThat(created.get(PeriodGroup.of(january, "Enterprise")).orElseThrow().amount()).isEqualTo(eur("4000"));
    assertThat(created.get(PeriodGroup.of(january, "Enterprise")).orElseThrow().deals()).isEqualTo(2);
    assertThat(created.get(PeriodGroup.of(february, "Enterprise")).orElseThrow().amount()).isEqualTo(eur("5000"));
  }

  @Test
  void pipeline_created_per_quarter_by_source_and_by_campaign() {
    List<OpportunitySnapshot> deals = List.of(
        aDeal("a").source("Web form").campaignId(CampaignId.of("cmp-webinar")).amount(eur("100")).build(),
        aDeal("b").source("Referral").amount(eur("50")).build(),
        aDeal("c").source("Web form").amount(eur("25")).build());
    ReportingPeriod q1 = ReportingPeriod.quarter(2026, 1);

    Grouped<PeriodGroup, PipelineTotal> bySource = analysis.createdBy(PeriodUnit.QUARTER, DealDimension.SOURCE, deals);
    Grouped<PeriodGroup, PipelineTotal> byCampaign =
        analysis.createdBy(PeriodUnit.QUARTER, DealDimension.CAMPAIGN, deals);

    assertThat(bySource.get(PeriodGroup.of(q1, "Web form")).orElseThrow().amount()).isEqualTo(eur("125"));
    assertThat(bySource.get(PeriodGroup.of(q1, "Referral")).orElseThrow().amount()).isEqualTo(eur("50"));
    assertThat(byCampaign.get(PeriodGroup.of(q1, "cmp-webinar")).orElseThrow().amount()).isEqualTo(eur("100"));
    assertThat(byCampaign.get(PeriodGroup.of(q1, DealDimension.NO_CAMPAIGN)).orElseThrow().amount())
        .isEqualTo(eur("75"));
  }

  @Test
  void win_rate_per_owner() {
    List<OpportunitySnapshot> deals = List.of(
        won("a", "10", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6)), lost("b", "10"),
        aDeal("c").ownerId(UserId.of("user-lee")).stage(Stage.CLOSED_LOST).build());

    Grouped<String, DealOutcomes> byOwner = analysis.outcomesBy(DealDimension.OWNER, deals);

    assertThat(byOwner.get("user-dana").orElseThrow().winRate()).isEqualTo(Proportion.of(1, 2));
    assertThat(byOwner.get("user-lee").orElseThrow().winRate()).isEqualTo(Proportion.of(0, 1));
    assertThat(byOwner.total(DealOutcomes.empty(EUR))).isEqualTo(analysis.outcomes(deals));
  }

  @Test
  void empty_input_gives_empty_results() {
    assertThat(analysis.openPipeline(List.of())).isEqualTo(PipelineTotal.empty(EUR));
    assertThat(analysis.createdBy(PeriodUnit.MONTH, DealDimension.SEGMENT, List.of()).groups()).isEmpty();
    assertThat(PipelineTotal.empty(EUR).averageAmount()).isEmpty();
  }

  @Test
  void a_weighted_amount_above_the_amount_is_refused() {
    assertRejected("pipelineTotal.weightedAmount", "range", () -> new PipelineTotal(EUR, 1, eur("1"), eur("2")));
    assertRejected("pipelineTotal.deals", "range", () -> new PipelineTotal(EUR, -1, eur("0"), eur("0")));
  }
}
