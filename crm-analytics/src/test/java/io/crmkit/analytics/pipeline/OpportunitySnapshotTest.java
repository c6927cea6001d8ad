package io.crmkit.analytics.pipeline;

import static io.crmkit.analytics.pipeline.PipelineFixtures.aDeal;
import static io.crmkit.analytics.pipeline.PipelineFixtures.eur;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.Touch;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpportunitySnapshotTest {

  @Test
  void probability_and_category_default_to_the_stage() {
    OpportunitySnapshot deal = aDeal("a").stage(Stage.PROPOSAL).build();

    assertThat(deal.probability()).isEqualTo(60);
    assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
    assertThat(deal.weightedAmount()).isEqualTo(eur("600.00"));
    assertThat(deal.source()).isEqualTo(OpportunitySnapshot.UNKNOWN_SOURCE);
    assertThat(deal.segment()).isEqualTo(OpportunitySnapshot.UNASSIGNED_SEGMENT);
    assertThat(deal.kind()).isEqualTo(DealKind.NEW_BUSINESS);
  }

  @Test
  void a_won_deal_has_probability_100_and_category_closed_and_a_lost_one_0_and_omitted() {
    OpportunitySnapshot won = aDeal("a").stage(Stage.CLOSED_WON).probability(20)
        .forecastCategory(ForecastCategory.COMMIT).build();
    OpportunitySnapshot lost = aDeal("b").stage(Stage.CLOSED_LOST).probability(50).build();

    assertThat(won.probability()).isEqualTo(100);
    assertThat(won.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
    assertThat(lost.probability()).isZero();
    assertThat(lost.forecastCategory()).isEqualTo(ForecastCategory.OMITTED);
    assertThat(lost.weightedAmount()).isEqualTo(eur("0"));
  }

  @Test
  void source_and_segment_are_stripped() {
    OpportunitySnapshot deal = aDeal("a").source("  Web form ").segment(" SMB").build();

    assertThat(deal.source()).isEqualTo("Web form");
    assertThat(deal.segment()).isEqualTo("SMB");
  }

  @Test
  void bad_snapshots_are_refused_naming_field_and_rule() {
    assertRejected("opportunitySnapshot.amount", "range", () -> aDeal("a").amount(eur("-0.01")).build());
    assertRejected("opportunitySnapshot.probability", "range", () -> aDeal("a").probability(101).build());
    assertRejected("opportunitySnapshot.closeDate", "order",
        () -> aDeal("a").createdOn(LocalDate.of(2026, 2, 1)).closeDate(LocalDate.of(2026, 1, 31)).build());
    assertRejected("opportunitySnapshot.forecastCategory", "outcome",
        () -> aDeal("a").forecastCategory(ForecastCategory.CLOSED).build());
    assertRejected("opportunitySnapshot.segment", "required", () -> aDeal("a").segment(" ").build());
    assertRejected("opportunitySnapshot.id", "required",
        () -> OpportunitySnapshot.builder().amount(eur("1")).build());
  }

  @Test
  void a_snapshot_of_a_crm_core_opportunity_takes_its_figures_first_campaign_and_first_touch_channel() {
    // given: a won deal created 2026-01-05 09:00 UTC, closed 2026-03-20, with two campaigns and a touch
    Opportunity opportunity = SalesFixtures.anOpportunityIn(Stage.CLOSED_WON)
        .campaignIds(List.of(CampaignId.of("cmp-1"), CampaignId.of("cmp-2")))
        .attribution(Attribution.of(Touch.of("Paid Social", "linkedin", SalesFixtures.CREATED_AT)))
        .build();

    // when
    OpportunitySnapshot deal = OpportunitySnapshot.from(opportunity, ZoneOffset.UTC);

    // then
    assertThat(deal.id()).isEqualTo(opportunity.id());
    assertThat(deal.amount()).isEqualTo(opportunity.amount());
    assertThat(deal.isWon()).isTrue();
    assertThat(deal.createdOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(deal.closeDate()).isEqualTo(opportunity.closedOn().orElseThrow());
    assertThat(deal.campaignId()).contains(CampaignId.of("cmp-1"));
    assertThat(deal.source()).isEqualTo("paid social");
    assertThat(deal.ownerId()).isEqualTo(opportunity.ownerId());
    assertThat(OpportunitySnapshot.from(opportunity, ZoneId.of("Pacific/Honolulu")).createdOn())
        .as("09:00 UTC is 23:00 the day before in Honolulu").isEqualTo(LocalDate.of(2026, 1, 4));
  }

  @Test
  void an_open_opportunity_is_valued_on_its_expected_close_date() {
    Opportunity opportunity = SalesFixtures.anOpportunityIn(Stage.PROPOSAL).build();

    OpportunitySnapshot deal = OpportunitySnapshot.from(opportunity, ZoneOffset.UTC);

    assertThat(deal.closeDate()).isEqualTo(opportunity.expectedCloseDate());
    assertThat(deal.source()).isEqualTo(OpportunitySnapshot.UNKNOWN_SOURCE);
    assertThat(deal.campaignId()).isEmpty();
  }
}
