package io.crmkit.analytics.pipeline;

import static io.crmkit.analytics.pipeline.PipelineFixtures.createdIn;
import static io.crmkit.analytics.pipeline.PipelineFixtures.day;
import static io.crmkit.analytics.pipeline.PipelineFixtures.moved;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.core.opportunity.Stage.CLOSED_LOST;
import static io.crmkit.core.opportunity.Stage.DISCOVERY;
import static io.crmkit.core.opportunity.Stage.PROPOSAL;
import static io.crmkit.core.opportunity.Stage.SOLUTION_FIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.tally.Grouped;
import io.crmkit.core.id.OpportunityId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageHistoriesTest {

  /**
   * Deal 1: created in Discovery on day 0, Solution fit on day 2, Proposal on day 5. Deal 2: created
   * in Discovery on day 1, lost on day 4. As of day 12: Discovery stays of 2 and 3 days; Solution fit
   * 3 days; deal 1 in Proposal for 7 days so far.
   */
  private static final List<StageChange> LOG = List.of(
      createdIn("1", DISCOVERY, 0), moved("1", DISCOVERY, SOLUTION_FIT, 2), moved("1", SOLUTION_FIT, PROPOSAL, 5),
      createdIn("2", DISCOVERY, 1), moved("2", DISCOVERY, CLOSED_LOST, 4));

  @Test
  void time_in_stage_counts_ended_stays_and_stays_still_going() {
    // when
    Grouped<String, StageTime> times = StageHistories.of(LOG).timeInStage(day(12));

    // then
    assertThat(times.groups()).containsOnlyKeys("Discovery", "Solution fit", "Proposal");
    StageTime discovery = times.get("Discovery").orElseThrow();
    assertThat(discovery).isEqualTo(new StageTime(2, Duration.ofDays(5), Duration.ofDays(3), 0, Duration.ZERO));
    assertThat(discovery.averageCompleted()).hasValue(Duration.ofHours(60));
    assertThat(times.get("Solution fit").orElseThrow().averageCompleted()).hasValue(Duration.ofDays(3));
    StageTime proposal = times.get("Proposal").orElseThrow();
    assertThat(proposal.completedStays()).isZero();
    assertThat(proposal.averageCompleted()).isEmpty();
    assertThat(proposal.averageCurrent()).hasValue(Duration.ofDays(7));
  }

  @Test
  void deals_in_their_stage_longer_than_the_limit_are_stuck_longest_first() {
    List<StageChange> log = new ArrayList<>(LOG);
    log.add(createdIn("3", DISCOVERY, 10));
    log.add(createdIn("4", SOLUTION_FIT, 3));

    List<StuckDeal> stuck = StageHistories.of(log).stuck(day(12), Duration.ofDays(5));

    assertThat(stuck).containsExactly(
        new StuckDeal(OpportunityId.of("4"), SOLUTION_FIT, day(3), Duration.ofDays(9)),
        new StuckDeal(OpportunityId.of("1"), PROPOSAL, day(5), Duration.ofDays(7)));
  }

  @Test
  void the_log_answers_as_of_an_earlier_instant_ignoring_later_lines() {
    Grouped<String, StageTime> asOfDay3 = StageHistories.of(LOG).timeInStage(day(3));

    // deal 1 left Discovery on day 2 and is in Solution fit for 1 day; deal 2 is in Discovery for 2 days
    assertThat(asOfDay3.get("Discovery").orElseThrow())
        .isEqualTo(new StageTime(1, Duration.ofDays(2), Duration.ofDays(2), 1, Duration.ofDays(2)));
    assertThat(asOfDay3.get("Solution fit").orElseThrow().averageCurrent()).hasValue(Duration.ofDays(1));
    assertThat(asOfDay3.groups()).doesNotContainKey("Proposal");
  }

  @Test
  void the_stay_before_the_first_line_is_not_measured_unless_that_line_is_the_creation() {
    // the log of deal 9 starts with a move: when it entered Discovery is unknown
    StageHistories histories = StageHistories.of(List.of(moved("9", DISCOVERY, PROPOSAL, 4)));

    Grouped<String, StageTime> times = histories.timeInStage(day(6));

    assertThat(times.groups()).containsOnlyKeys("Proposal");
  }

  @Test
  void lines_arriving_in_any_order_and_twice_give_the_same_histories() {
    StageHistories inOrder = StageHistories.of(LOG);
    StageHistories reversed = StageHistories.of(List.of(LOG.get(4), LOG.get(3), LOG.get(2), LOG.get(1), LOG.get(0)));

    assertThat(reversed).isEqualTo(inOrder);
    assertThat(inOrder.combine(inOrder)).isEqualTo(inOrder);
    assertThat(inOrder.historyOf(OpportunityId.of("1"))).containsExactly(LOG.get(0), LOG.get(1), LOG.get(2));
    assertThat(inOrder.deals()).isEqualTo(2);
  }

  @Test
  void no_log_gives_no_time_and_nothing_stuck() {
    assertThat(StageHistories.empty().timeInStage(day(1)).groups()).isEmpty();
    assertThat(StageHistories.empty().stuck(day(1), Duration.ZERO)).isEmpty();
  }

  @Test
  void a_negative_limit_is_refused() {
    assertRejected("limit", "range", () -> StageHistories.of(LOG).stuck(day(12), Duration.ofDays(-1)));
  }

  @Test
  void a_change_to_the_stage_it_leaves_is_refused() {
    assertRejected("stageChange.to", "changes", () -> moved("1", PROPOSAL, PROPOSAL, 0));
  }
}
