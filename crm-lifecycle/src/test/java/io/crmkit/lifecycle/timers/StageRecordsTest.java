package io.crmkit.lifecycle.timers;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.ACCEPT;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.BOOK_KICKOFF;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.CLOSED_LOST;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.CONVERT;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.LEAD;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.MQL;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.ONBOARDING;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.QUALIFY;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.SAL;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.START_ONBOARDING;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.WIN;
import static io.crmkit.lifecycle.timers.TimerFixtures.ADA;
import static io.crmkit.lifecycle.timers.TimerFixtures.LEADS;
import static io.crmkit.lifecycle.timers.TimerFixtures.LEAD_ID;
import static io.crmkit.lifecycle.timers.TimerFixtures.OFFICE;
import static io.crmkit.lifecycle.timers.TimerFixtures.SCORING;
import static io.crmkit.lifecycle.timers.TimerFixtures.aLeadInMqlSince;
import static io.crmkit.lifecycle.timers.TimerFixtures.aLeadReadyForEverything;
import static io.crmkit.lifecycle.timers.TimerFixtures.moved;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.stuck.StageRecord;
import io.crmkit.lifecycle.stuck.StuckDetector;
import io.crmkit.lifecycle.stuck.StuckFinding;
import io.crmkit.lifecycle.stuck.StuckRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "Leads not touched for N days" and "records in a stage longer than a limit", found from what the
 * engine keeps: a record's audit trail (or state) and when it was last touched.
 */
class StageRecordsTest {
  /** Lead created Monday 24 March 2025 at 08:30, qualified at 09:30, accepted by sales at 10:00. */
  private static final Instant CREATED = berlin("2025-03-24T08:30");
  private static final Instant ACCEPTED = berlin("2025-03-24T10:00");

  private static LifecycleRun aLeadAcceptedAt(Instant at) {
    return moved(LEADS.apply(aLeadInMqlSince(at.minusSeconds(1800)), ACCEPT, aLeadReadyForEverything(), at, ADA));
  }

  @Test
  void a_lead_sitting_in_sal_is_stuck_once_it_has_been_there_longer_than_the_limit() {
    // given a lead accepted on Monday 10:00 and a rule of 5 days in SAL
    StageRecord<StageName> lead = StageRecords.of(LEAD_ID, aLeadAcceptedAt(ACCEPTED).audit(), Optional.empty());
    StuckDetector<StageName> detector = StuckDetector.of(StuckRule.inStageFor(SAL, Duration.ofDays(5)));
    // then
    assertThat(lead.stage()).isEqualTo(SAL);
    assertThat(lead.enteredAt()).isEqualTo(ACCEPTED);
    assertThat(detector.find(lead, berlin("2025-03-29T09:59"))).isEmpty();
    assertThat(detector.find(lead, berlin("2025-03-31T12:00"))).singleElement()
        .satisfies(finding -> assertThat(finding.since()).isEqualTo(berlin("2025-03-29T10:00")));
  }

  @Test
  void too_long_in_a_stage_may_count_business_hours() {
    // given a lead accepted on Friday at 14:00, and a rule of 16 business hours in SAL
    Instant friday14 = berlin("2025-03-28T14:00");
    StageRecord<StageName> lead = aLeadAcceptedAt(friday14).stageRecord(LEAD_ID, Optional.empty());
    StuckDetector<StageName> detector = StuckDetector.of(StuckRule.inStageFor(SAL, Duration.ofHours(16)).in(OFFICE));
    // then Friday 3 hours, Monday 8, Tuesday 5: stuck from Tuesday 14:00
    assertThat(detector.find(lead, berlin("2025-04-03T09:00"))).singleElement()
        .satisfies(finding -> assertThat(finding.since()).isEqualTo(berlin("2025-04-01T14:00")));
  }

  @Test
  void a_lead_not_touched_for_seven_days_counts_from_its_last_touch() {
    // given a lead last called on Wednesday at 16:00
    Instant called = berlin("2025-03-26T16:00");
    StageRecord<StageName> lead = StageRecords.of(LEAD_ID, aLeadAcceptedAt(ACCEPTED).audit(), Optional.of(called));
    StuckDetector<StageName> detector =
        StuckDetector.of(StuckRule.<StageName>notTouchedForDays(7).exceptIn(CLOSED_LOST));
    // then
    assertThat(lead.lastTouchedAt()).isEqualTo(called);
    List<StuckFinding<StageName>> found = detector.find(lead, berlin("2025-04-03T09:00"));
    assertThat(found).singleElement().satisfies(finding -> assertThat(finding.since()).isEqualTo(called.plus(Duration.ofDays(7))));
  }

  @Test
  void a_lead_never_touched_counts_from_its_creation_and_a_touch_before_it_counts_as_none() {
    LifecycleRun lead = aLeadAcceptedAt(ACCEPTED);

    assertThat(lead.stageRecord(LEAD_ID, Optional.empty()).lastTouchedAt()).isEqualTo(CREATED);
    assertThat(lead.stageRecord(LEAD_ID, Optional.of(berlin("2025-03-20T10:00"))).lastTouchedAt()).isEqualTo(CREATED);
  }

  @Test
  void a_move_that_keeps_the_stage_continues_the_stay() {
    // given a customer in onboarding since Saturday 10:00 who booked the kickoff on Wednesday
    LifecycleRun run = aLeadAcceptedAt(ACCEPTED);
    run = moved(LEADS.apply(run, CONVERT, aLeadReadyForEverything(), berlin("2025-03-24T11:00"), ADA));
    run = moved(LEADS.apply(run, WIN, aLeadReadyForEverything(), berlin("2025-03-28T18:00"), ADA));
    run = moved(LEADS.apply(run, START_ONBOARDING, aLeadReadyForEverything(), berlin("2025-03-29T10:00"), ADA));
    run = moved(LEADS.apply(run, BOOK_KICKOFF, aLeadReadyForEverything(), berlin("2025-04-02T11:00"), ADA));
    // when
    StageRecord<StageName> customer = run.stageRecord(LEAD_ID, Optional.empty());
    // then
    assertThat(customer.stage()).isEqualTo(ONBOARDING);
    assertThat(customer.enteredAt()).isEqualTo(berlin("2025-03-29T10:00"));
    assertThat(customer).isEqualTo(StageRecords.of(LEAD_ID, run.state(), CREATED));
  }

  @Test
  void a_records_state_and_last_touch_make_its_stage_record() {
    LifecycleState state = LifecycleState.of(MQL, ACCEPTED);
    Instant touched = berlin("2025-03-25T10:00");

    assertThat(StageRecords.of(LEAD_ID, state, touched)).isEqualTo(StageRecord.of(LEAD_ID, MQL, ACCEPTED, touched));
  }

  @Test
  void an_audit_trail_that_is_empty_out_of_order_or_broken_is_refused() {
    AuditRecord entry = AuditRecord.entry(SCORING, CREATED, LEAD);
    assertRejected("history", "required", () -> StageRecords.of(LEAD_ID, List.of(), Optional.empty()));
    assertRejected("history", "required", () -> StageRecords.of(LEAD_ID, (List<AuditRecord>) null, Optional.empty()));
    assertRejected("history[1]", "order", () -> StageRecords.of(LEAD_ID, List.of(entry,
        AuditRecord.move(SCORING, CREATED.minusSeconds(1), LEAD, MQL, QUALIFY, false, Optional.empty())), Optional.empty()));
    assertRejected("history[1]", "discontinuous", () -> StageRecords.of(LEAD_ID, List.of(entry,
        AuditRecord.move(ADA, ACCEPTED, MQL, SAL, ACCEPT, false, Optional.empty())), Optional.empty()));
    assertRejected("lastTouchedAt", "required", () -> StageRecords.of(LEAD_ID, List.of(entry), null));
    assertRejected("state", "required", () -> StageRecords.of(LEAD_ID, (LifecycleState) null, CREATED));
  }
}
