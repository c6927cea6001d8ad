package io.crmkit.lifecycle.timers;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.ACCEPT;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.LEAD;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.MQL;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.QUALIFY;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.SAL;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.SALES_ACCEPTANCE;
import static io.crmkit.lifecycle.timers.TimerFixtures.ADA;
import static io.crmkit.lifecycle.timers.TimerFixtures.LEADS;
import static io.crmkit.lifecycle.timers.TimerFixtures.OFFICE;
import static io.crmkit.lifecycle.timers.TimerFixtures.SCORING;
import static io.crmkit.lifecycle.timers.TimerFixtures.aLeadInMqlSince;
import static io.crmkit.lifecycle.timers.TimerFixtures.aQualifiedLead;
import static io.crmkit.lifecycle.timers.TimerFixtures.moved;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.sla.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record's run as plain data: its parts tell one story, and it answers from its audit. */
class LifecycleRunTest {
  private static final Instant MONDAY_10 = berlin("2025-03-24T10:00");

  @Test
  void a_run_tells_the_time_in_each_stage_from_its_audit() {
    // given a lead created at 09:00, qualified at 10:00, accepted at 13:00
    LifecycleRun mql = aLeadInMqlSince(MONDAY_10);
    LifecycleRun sal = moved(LEADS.apply(mql, ACCEPT, aQualifiedLead(), berlin("2025-03-24T13:00"), ADA));
    // when
    var time = sal.timeInStage(berlin("2025-03-24T15:00"));
    // then
    assertThat(time.in(LEAD)).isEqualTo(Duration.ofHours(1));
    assertThat(time.in(MQL)).isEqualTo(Duration.ofHours(3));
    assertThat(time.in(SAL)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void the_last_instant_of_a_run_is_its_last_move_or_its_timers_last_record() {
    LifecycleRun mql = aLeadInMqlSince(MONDAY_10);
    assertThat(mql.lastRecordedAt()).isEqualTo(MONDAY_10);
    // a host that stops a timer itself later than the last move
    Instant later = berlin("2025-03-24T12:00");
    LifecycleRun stoppedByHand = LifecycleRun.of(mql.state(),
        mql.timers().apply(List.of(SideEffect.stopTimer(SALES_ACCEPTANCE)), later, OFFICE), mql.audit());
    assertThat(stoppedByHand.lastRecordedAt()).isEqualTo(later);
    assertThat(stoppedByHand.timers().state(SALES_ACCEPTANCE, later)).contains(SlaState.MET);
  }

  @Test
  void a_record_is_taken_into_a_run_where_it_stands_with_the_audit_of_its_entry() {
    // given a lead in MQL since Monday 10:00 that was never run with its timers
    LifecycleState state = LifecycleState.of(MQL, MONDAY_10);
    // when
    LifecycleRun adopted = LifecycleRun.of(state, RecordTimers.none(), List.of(AuditRecord.entry(SCORING, MONDAY_10, MQL)));
    LifecycleRun accepted = moved(LEADS.apply(adopted, ACCEPT, aQualifiedLead(), berlin("2025-03-24T11:00"), ADA));
    // then it moves on; a timer it never started is not stopped
    assertThat(accepted.stage()).isEqualTo(SAL);
    assertThat(accepted.timers()).isEqualTo(RecordTimers.none());
  }

  @Test
  void a_run_whose_state_is_not_what_its_audit_tells_is_refused() {
    List<AuditRecord> audit = List.of(
        AuditRecord.entry(SCORING, berlin("2025-03-24T09:00"), LEAD),
        AuditRecord.move(SCORING, MONDAY_10, LEAD, MQL, QUALIFY, false, Optional.empty()));

    assertRejected("run.state", "mismatch",
        () -> LifecycleRun.of(LifecycleState.of(LEAD, MONDAY_10), RecordTimers.none(), audit));
    assertRejected("run.state", "mismatch",
        () -> LifecycleRun.of(LifecycleState.of(MQL, berlin("2025-03-24T09:00")), RecordTimers.none(), audit));
    assertThat(LifecycleRun.of(LifecycleState.of(MQL, MONDAY_10), RecordTimers.none(), audit).stage()).isEqualTo(MQL);
  }

  @Test
  void a_run_without_audit_or_with_audit_out_of_order_or_broken_is_refused() {
    LifecycleState state = LifecycleState.of(MQL, MONDAY_10);
    assertRejected("run.audit", "required", () -> LifecycleRun.of(state, RecordTimers.none(), List.of()));
    assertRejected("run.audit[1]", "order", () -> LifecycleRun.of(state, RecordTimers.none(), List.of(
        AuditRecord.entry(SCORING, berlin("2025-03-24T11:00"), LEAD),
        AuditRecord.move(SCORING, MONDAY_10, LEAD, MQL, QUALIFY, false, Optional.empty()))));
    assertRejected("run.audit[1]", "discontinuous", () -> LifecycleRun.of(state, RecordTimers.none(), List.of(
        AuditRecord.entry(SCORING, berlin("2025-03-24T09:00"), SAL),
        AuditRecord.move(SCORING, MONDAY_10, LEAD, MQL, QUALIFY, false, Optional.empty()))));
    assertRejected("run.timers", "required", () -> LifecycleRun.of(state, null, List.of()));
    assertRejected("run.state", "required", () -> LifecycleRun.of(null, RecordTimers.none(), List.of()));
  }

  @Test
  void a_run_is_a_value() {
    LifecycleRun one = LEADS.start(LEAD, MONDAY_10, SCORING).run();
    LifecycleRun same = LEADS.start(LEAD, MONDAY_10, SCORING).run();
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(moved(LEADS.apply(one, QUALIFY, aQualifiedLead(), MONDAY_10, SCORING))).isNotEqualTo(one);
  }
}
