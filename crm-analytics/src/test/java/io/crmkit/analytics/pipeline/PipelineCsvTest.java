package io.crmkit.analytics.pipeline;

import static io.crmkit.analytics.pipeline.PipelineFixtures.DANA;
import static io.crmkit.analytics.pipeline.PipelineFixtures.T0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crmkit.analytics.csv.CsvLoad;
import io.crmkit.analytics.csv.RejectedRow;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageOutcome;
import io.crmkit.core.value.Money;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineCsvTest {

  @Test
  void opportunities_are_read_with_their_optional_columns_and_defaults() {
    String csv = """
        id,amount,currency,stage,created_on,close_date,owner,probability,forecast_category,source,campaign,segment,kind
        opp-1,12000.00,EUR,proposal,2026-01-12,2026-03-31,user-dana,70,commit,Web form,cmp-1,Enterprise,expansion
        opp-2,500,USD,Closed won,2026-01-02,2026-02-01,user-dana,,,,,,
        """;

    CsvLoad<OpportunitySnapshot> load = OpportunityCsv.load(csv);

    assertThat(load.requireClean()).containsExactly(
        OpportunitySnapshot.builder().id(OpportunityId.of("opp-1")).amount(Money.of("12000", "EUR"))
            .stage(Stage.PROPOSAL).createdOn(LocalDate.of(2026, 1, 12)).closeDate(LocalDate.of(2026, 3, 31))
            .ownerId(DANA).probability(70).forecastCategory(ForecastCategory.COMMIT).source("Web form")
            .campaignId(CampaignId.of("cmp-1")).segment("Enterprise").kind(DealKind.EXPANSION).build(),
        OpportunitySnapshot.builder().id(OpportunityId.of("opp-2")).amount(Money.of("500", "USD"))
            .stage(Stage.CLOSED_WON).createdOn(LocalDate.of(2026, 1, 2)).closeDate(LocalDate.of(2026, 2, 1))
            .ownerId(DANA).build());
  }

  @Test
  void bad_opportunity_rows_are_reported_with_line_field_and_rule() {
    String csv = """
        id,amount,currency,stage,created_on,close_date,owner
        opp-1,100,EUR,Negotiation,2026-01-12,2026-03-31,user-dana
        opp-2,-5,EUR,Proposal,2026-01-12,2026-03-31,user-dana
        opp-3,5,EUR,Proposal,2026-04-12,2026-03-31,user-dana
        opp-4,5,EUR,Proposal,2026-01-12,2026-03-31,
        opp-5,5,EUR,Proposal,2026-01-12,2026-03-31,user-dana
        """;

    CsvLoad<OpportunitySnapshot> load = OpportunityCsv.load(csv);

    assertThat(load.rows()).extracting(OpportunitySnapshot::id).containsExactly(OpportunityId.of("opp-5"));
    assertThat(load.rejected()).extracting(RejectedRow::line, RejectedRow::field, RejectedRow::rule).containsExactly(
        tuple(2, "stage", "one-of"),
        tuple(3, "opportunitySnapshot.amount", "range"),
        tuple(4, "opportunitySnapshot.closeDate", "order"),
        tuple(5, "owner", "required"));
  }

  @Test
  void a_host_names_its_own_stages() {
    Stage negotiation = new Stage("Negotiation", StageOutcome.OPEN, 80, ForecastCategory.COMMIT);
    String csv = "id,amount,currency,stage,created_on,close_date,owner\n"
        + "opp-1,100,EUR,negotiation,2026-01-12,2026-03-31,user-dana\n";

    CsvLoad<OpportunitySnapshot> load = OpportunityCsv.load(new StringReader(csv), List.of(negotiation));

    assertThat(load.requireClean().get(0).stage()).isEqualTo(negotiation);
    assertThat(load.requireClean().get(0).probability()).isEqualTo(80);
    assertRejected("stages", "duplicate",
        () -> OpportunityCsv.load(new StringReader(csv), List.of(negotiation, negotiation)));
  }

  @Test
  void the_stage_change_log_is_read_with_a_blank_from_for_a_creation() {
    String csv = """
        opportunity_id,from,to,at
        opp-1,,Discovery,2026-01-05T09:00:00Z
        opp-1,Discovery,Proposal,2026-01-07T09:00:00Z
        opp-1,Proposal,Proposal,2026-01-08T09:00:00Z
        opp-1,Proposal,Commit,last week
        """;

    CsvLoad<StageChange> load = StageChangeCsv.load(csv);

    assertThat(load.rows()).containsExactly(
        StageChange.created(OpportunityId.of("opp-1"), Stage.DISCOVERY, T0),
        StageChange.of(OpportunityId.of("opp-1"), Stage.DISCOVERY, Stage.PROPOSAL, T0.plusSeconds(2 * 86_400)));
    assertThat(load.rejected()).extracting(RejectedRow::line, RejectedRow::field, RejectedRow::rule).containsExactly(
        tuple(4, "stageChange.to", "changes"),
        tuple(5, "at", "instant"));
  }

  @Test
  void a_file_without_a_required_column_is_refused() {
    assertRejected("csv.header", "missing-column", () -> StageChangeCsv.load("opportunity_id,to,at\n"));
    assertRejected("csv.header", "missing-column", () -> OpportunityCsv.load("id,amount\n"));
  }
}
