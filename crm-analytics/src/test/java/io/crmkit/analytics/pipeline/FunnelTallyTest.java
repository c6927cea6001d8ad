package io.crmkit.analytics.pipeline;

import static io.crmkit.analytics.pipeline.PipelineFixtures.aDeal;
import static io.crmkit.analytics.pipeline.PipelineFixtures.createdIn;
import static io.crmkit.analytics.pipeline.PipelineFixtures.moved;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.core.opportunity.Stage.CLOSED_LOST;
import static io.crmkit.core.opportunity.Stage.CLOSED_WON;
import static io.crmkit.core.opportunity.Stage.COMMIT;
import static io.crmkit.core.opportunity.Stage.DISCOVERY;
import static io.crmkit.core.opportunity.Stage.PROPOSAL;
import static io.crmkit.core.opportunity.Stage.SOLUTION_FIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelTallyTest {
  private static final FunnelStages STAGES = FunnelStages.defaults();

  /**
   * Seven deals, hand-checked:
   *
   * <pre>
   * deal  now            log                                   furthest
   * 1     won            D, D-SF, SF-P, P-C, C-won             won
   * 2     lost           D, D-SF, SF-P, P-lost                 Proposal (lost)
   * 3     lost           D, D-lost                             Discovery (lost)
   * 4     Solution fit   D, D-P, P-SF (moved back)             Proposal
   * 5     Discovery      (none)                                Discovery
   * 6     lost           (none)                                Discovery (lost)
   * 7     won            SF, SF-won (skipped stages)           won
   *
   * stopped at  D 3 (2 lost)  SF 0  P 2 (1 lost)  C 0  won 2
   * reached     D 7           SF 4  P 4           C 2  won 2
   * conversion  D-SF 4/7  SF-P 4/4  P-C 2/4  C-won 2/2
   * </pre>
   */
  @Test
  void each_deal_counts_once_at_the_furthest_stage_it_reached_lost_deals_included() {
    // given
    List<OpportunitySnapshot> deals = List.of(
        aDeal("1").stage(CLOSED_WON).build(),
        aDeal("2").stage(CLOSED_LOST).build(),
        aDeal("3").stage(CLOSED_LOST).build(),
        aDeal("4").stage(SOLUTION_FIT).build(),
        aDeal("5").stage(DISCOVERY).build(),
        aDeal("6").stage(CLOSED_LOST).build(),
        aDeal("7").stage(CLOSED_WON).build());
    List<StageChange> log = List.of(
        createdIn("1", DISCOVERY, 0), moved("1", DISCOVERY, SOLUTION_FIT, 1), moved("1", SOLUTION_FIT, PROPOSAL, 2),
        moved("1", PROPOSAL, COMMIT, 3), moved("1", COMMIT, CLOSED_WON, 4),
        createdIn("2", DISCOVERY, 0), moved("2", DISCOVERY, SOLUTION_FIT, 1), moved("2", SOLUTION_FIT, PROPOSAL, 2),
        moved("2", PROPOSAL, CLOSED_LOST, 3),
        createdIn("3", DISCOVERY, 0), moved("3", DISCOVERY, CLOSED_LOST, 1),
        createdIn("4", DISCOVERY, 0), moved("4", DISCOVERY, PROPOSAL, 1), moved("4", PROPOSAL, SOLUTION_FIT, 2),
        createdIn("7", SOLUTION_FIT, 0), moved("7", SOLUTION_FIT, CLOSED_WON, 1));

    // when
    FunnelTally funnel = FunnelTally.of(STAGES, deals, log);

    // then
    assertThat(funnel.steps()).containsExactly(
        new FunnelStep(DISCOVERY, 7, 3, 2, Proportion.of(4, 7)),
        new FunnelStep(SOLUTION_FIT, 4, 0, 0, Proportion.of(4, 4)),
        new FunnelStep(PROPOSAL, 4, 2, 1, Proportion.of(2, 4)),
        new FunnelStep(COMMIT, 2, 0, 0, Proportion.of(2, 2)));
    assertThat(funnel.deals()).isEqualTo(7);
    assertThat(funnel.won()).isEqualTo(2);
    assertThat(funnel.lost()).isEqualTo(3);
    assertThat(funnel.open()).isEqualTo(2);
    assertThat(funnel.overallConversion()).isEqualTo(Proportion.of(2, 7));
    assertThat(funnel.furthestPosition(OpportunityId.of("4"))).hasValue(2);
    assertThat(funnel.furthestPosition(OpportunityId.of("7"))).hasValue(4);
  }

  @Test
  void log_lines_count_only_once_their_deal_snapshot_arrives_in_any_chunk() {
    // given: the log of a deal in one chunk, its snapshot in another
    FunnelTally logOnly = FunnelTally.of(STAGES, List.of(),
        List.of(createdIn("a", DISCOVERY, 0), moved("a", DISCOVERY, PROPOSAL, 1)));
    assertThat(logOnly.deals()).isZero();
    assertThat(logOnly.steps().get(0).reached()).isZero();

    // when
    FunnelTally both = logOnly.add(aDeal("a").stage(CLOSED_LOST).build());

    // then: lost at Proposal
    assertThat(both.deals()).isEqualTo(1);
    assertThat(both.steps().get(2)).isEqualTo(new FunnelStep(PROPOSAL, 1, 1, 1, Proportion.of(0, 1)));
  }

  @Test
  void the_same_input_twice_counts_once() {
    OpportunitySnapshot deal = aDeal("a").stage(PROPOSAL).build();
    FunnelTally once = FunnelTally.of(STAGES, List.of(deal), List.of(createdIn("a", DISCOVERY, 0)));

    assertThat(once.combine(once)).isEqualTo(once);
  }

  @Test
  void stages_are_matched_by_name_so_a_custom_probability_does_not_make_another_stage() {
    Stage proposalAt50 = new Stage("proposal", StageOutcome.OPEN, 50, ForecastCategory.BEST_CASE);

    FunnelTally funnel = FunnelTally.of(STAGES, List.of(aDeal("a").stage(proposalAt50).build()), List.of());

    assertThat(funnel.steps().get(2).stoppedHere()).isEqualTo(1);
  }

  @Test
  void an_empty_funnel_has_steps_with_no_conversion() {
    FunnelTally funnel = FunnelTally.empty(STAGES);

    assertThat(funnel.steps()).hasSize(4).allSatisfy(step -> {
      assertThat(step.reached()).isZero();
      assertThat(step.conversionToNext().share()).isEmpty();
    });
  }

  @Test
  void an_open_stage_outside_the_funnel_is_refused() {
    Stage negotiation = new Stage("Negotiation", StageOutcome.OPEN, 80, ForecastCategory.COMMIT);

    assertRejected("funnel.stage", "unknown",
        () -> FunnelTally.of(STAGES, List.of(aDeal("a").stage(negotiation).build()), List.of()));
    assertRejected("funnel.stage", "unknown",
        () -> FunnelTally.empty(STAGES)
            .add(StageChange.of(OpportunityId.of("a"), DISCOVERY, negotiation, PipelineFixtures.T0)));
  }

  @Test
  void two_snapshots_of_one_deal_with_different_outcomes_are_refused() {
    FunnelTally won = FunnelTally.empty(STAGES).add(aDeal("a").stage(CLOSED_WON).build());

    assertRejected("funnelTally.outcome", "conflict", () -> won.add(aDeal("a").stage(CLOSED_LOST).build()));
  }

  @Test
  void funnels_of_different_stages_do_not_combine() {
    FunnelTally other = FunnelTally.empty(FunnelStages.of(DISCOVERY, PROPOSAL));

    assertRejected("funnelTally.stages", "mismatch", () -> FunnelTally.empty(STAGES).combine(other));
  }

  @Test
  void bad_funnel_stages_are_refused() {
    assertRejected("funnelStages.stages", "required", () -> new FunnelStages(List.of()));
    assertRejected("funnelStages.stages", "open", () -> FunnelStages.of(DISCOVERY, CLOSED_WON));
    assertRejected("funnelStages.stages", "duplicate",
        () -> FunnelStages.of(DISCOVERY, new Stage("DISCOVERY", StageOutcome.OPEN, 5, ForecastCategory.PIPELINE)));
  }
}
