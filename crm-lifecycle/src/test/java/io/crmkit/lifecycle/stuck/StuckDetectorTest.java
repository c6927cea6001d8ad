package io.crmkit.lifecycle.stuck;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.core.opportunity.Stage.CLOSED_LOST;
import static io.crmkit.core.opportunity.Stage.CLOSED_WON;
import static io.crmkit.core.opportunity.Stage.DISCOVERY;
import static io.crmkit.core.opportunity.Stage.PROPOSAL;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOffice;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StuckDetectorTest {
  private static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
  private static final StuckRule<Stage> PROPOSAL_FOR_14_DAYS = StuckRule.inStageFor(PROPOSAL, Duration.ofDays(14));
  private static final StuckRule<Stage> UNTOUCHED_FOR_7_DAYS =
      StuckRule.<Stage>notTouchedForDays(7).exceptIn(CLOSED_WON, CLOSED_LOST);
  private static final StuckDetector<Stage> DETECTOR = StuckDetector.of(PROPOSAL_FOR_14_DAYS, UNTOUCHED_FOR_7_DAYS);

  private static StageRecord<Stage> anOpportunity(String id, Stage stage, int daysInStage, int daysSinceTouch) {
    return StageRecord.of(OpportunityId.of(id), stage, NOW.minus(Duration.ofDays(daysInStage)),
        NOW.minus(Duration.ofDays(daysSinceTouch)));
  }

  @Test
  void an_opportunity_in_proposal_past_its_limit_is_stuck_since_the_limit_was_reached() {
    // given
    StageRecord<Stage> slow = anOpportunity("o-1", PROPOSAL, 15, 1);
    // when
    List<StuckFinding<Stage>> stuck = DETECTOR.find(List.of(slow), NOW);
    // then
    assertThat(stuck).singleElement().satisfies(f -> {
      assertThat(f.record()).isEqualTo(slow);
      assertThat(f.rule()).isEqualTo(PROPOSAL_FOR_14_DAYS);
      assertThat(f.measured()).isEqualTo(Duration.ofDays(15));
      assertThat(f.overLimit()).isEqualTo(Duration.ofDays(1));
      assertThat(f.since()).isEqualTo(NOW.minus(Duration.ofDays(1)));
    });
  }

  @Test
  void an_opportunity_within_its_limit_is_not_stuck_and_one_that_just_reached_it_is() {
    assertThat(DETECTOR.find(anOpportunity("o-1", PROPOSAL, 13, 1), NOW)).isEmpty();
    assertThat(DETECTOR.find(anOpportunity("o-1", PROPOSAL, 14, 1), NOW)).singleElement()
        .satisfies(f -> assertThat(f.overLimit()).isZero());
  }

  @Test
  void the_time_in_stage_limit_looks_only_at_its_stage() {
    assertThat(DETECTOR.find(anOpportunity("o-1", DISCOVERY, 40, 1), NOW)).isEmpty();
  }

  @Test
  void a_record_not_touched_for_a_week_is_stuck_in_any_open_stage() {
    assertThat(DETECTOR.find(anOpportunity("o-1", DISCOVERY, 20, 8), NOW)).singleElement()
        .satisfies(f -> {
          assertThat(f.rule()).isEqualTo(UNTOUCHED_FOR_7_DAYS);
          assertThat(f.measured()).isEqualTo(Duration.ofDays(8));
        });
    assertThat(DETECTOR.find(anOpportunity("o-1", DISCOVERY, 20, 2), NOW)).isEmpty();
  }

  @Test
  void closed_opportunities_are_not_chased_for_touches() {
    assertThat(DETECTOR.find(anOpportunity("o-1", CLOSED_WON, 90, 90), NOW)).isEmpty();
  }

  @Test
  void a_record_breaking_two_rules_is_found_twice_the_longest_stuck_first() {
    List<StuckFinding<Stage>> stuck = DETECTOR.find(anOpportunity("o-1", PROPOSAL, 20, 10), NOW);
    assertThat(stuck).extracting(StuckFinding::rule).containsExactly(PROPOSAL_FOR_14_DAYS, UNTOUCHED_FOR_7_DAYS);
    assertThat(stuck).extracting(StuckFinding::since)
        .containsExactly(NOW.minus(Duration.ofDays(6)), NOW.minus(Duration.ofDays(3)));
  }

  @Test
  void findings_of_many_records_come_longest_stuck_first() {
    List<StageRecord<Stage>> records = List.of(anOpportunity("o-1", PROPOSAL, 15, 1),
        anOpportunity("o-2", DISCOVERY, 30, 1), anOpportunity("o-3", PROPOSAL, 30, 1),
        anOpportunity("o-4", DISCOVERY, 30, 9));
    assertThat(DETECTOR.find(records, NOW)).extracting(f -> f.record().recordId().value())
        .containsExactly("o-3", "o-4", "o-1");
  }

  @Test
  void a_limit_in_business_days_counts_only_office_hours() {
    // given "qualification for 5 business days" on an office calendar of 8 hours a day
    StuckDetector<Stage> detector = StuckDetector.of(StuckRule.inStageFor(DISCOVERY, Duration.ofHours(40)).in(berlinOffice()));
    StageRecord<Stage> entered = StageRecord.of(OpportunityId.of("o-1"), DISCOVERY, berlin("2025-03-24T09:00"),
        berlin("2025-03-24T09:00"));
    // then
    assertThat(detector.find(entered, berlin("2025-03-28T16:00"))).isEmpty();
    assertThat(detector.find(entered, berlin("2025-03-31T09:00"))).singleElement().satisfies(f -> {
      assertThat(f.since()).isEqualTo(berlin("2025-03-28T17:00"));
      assertThat(f.overLimit()).isZero();
    });
  }

  @Test
  void a_record_that_entered_its_stage_after_the_instant_asked_about_is_not_stuck() {
    StageRecord<Stage> future = StageRecord.of(OpportunityId.of("o-1"), PROPOSAL, NOW.plusSeconds(1), NOW.plusSeconds(1));
    assertThat(DETECTOR.find(future, NOW)).isEmpty();
  }

  @Test
  void bad_rules_and_records_are_refused() {
    assertRejected("stuckRule.limit", "range", () -> StuckRule.inStageFor(PROPOSAL, Duration.ZERO));
    assertRejected("stuckRule.limit", "range", () -> StuckRule.<Stage>notTouchedForDays(0));
    assertRejected("stuckRule.stage", "required", () -> StuckRule.inStageFor(null, Duration.ofDays(1)));
    assertRejected("stuckRule.calendar", "required", () -> StuckRule.inStageFor(PROPOSAL, Duration.ofDays(1)).in(null));
    assertRejected("stuckRule.exceptIn", "required",
        () -> StuckRule.<Stage>notTouchedForDays(3).exceptIn((Stage) null));
    assertRejected("stageRecord.recordId", "required", () -> StageRecord.of(null, PROPOSAL, NOW, NOW));
    assertRejected("stageRecord.lastTouchedAt", "required",
        () -> StageRecord.of(OpportunityId.of("o-1"), PROPOSAL, NOW, null));
    assertRejected("stuckDetector.asOf", "required", () -> DETECTOR.find(List.of(), null));
    assertRejected("stuckDetector.records", "required",
        () -> DETECTOR.find(java.util.Arrays.asList((StageRecord<Stage>) null), NOW));
    assertRejected("stuckDetector.rules", "required", () -> StuckDetector.of(PROPOSAL_FOR_14_DAYS, null));
  }
}
