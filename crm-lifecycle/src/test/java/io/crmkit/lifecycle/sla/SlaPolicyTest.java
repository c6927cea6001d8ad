package io.crmkit.lifecycle.sla;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.core.support.CaseSeverity.CRITICAL;
import static io.crmkit.core.support.CaseSeverity.HIGH;
import static io.crmkit.core.support.CaseSeverity.LOW;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.fixtures.SlaFixtures.MONDAY_10;
import static io.crmkit.lifecycle.fixtures.SlaFixtures.aCase;
import static io.crmkit.lifecycle.fixtures.SlaFixtures.supportPolicy;
import static io.crmkit.lifecycle.fixtures.SlaFixtures.supportPolicyBuilder;
import static io.crmkit.lifecycle.sla.SlaMetric.FIRST_RESPONSE;
import static io.crmkit.lifecycle.sla.SlaMetric.NEXT_RESPONSE;
import static io.crmkit.lifecycle.sla.SlaMetric.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.support.CaseStatus;
import io.crmkit.lifecycle.fixtures.SlaFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

  private static Instant minutesIn(long minutes) {
    return MONDAY_10.plus(Duration.ofMinutes(minutes));
  }

  private static Instant hoursIn(long hours) {
    return MONDAY_10.plus(Duration.ofHours(hours));
  }

  @Test
  void a_critical_case_answered_within_the_hour_meets_its_first_response_target() {
    // given
    CaseTimeline answered = aCase(CRITICAL).agentReplied(minutesIn(40));
    // when
    SlaSnapshot sla = supportPolicy().evaluate(answered, hoursIn(2));
    // then
    assertThat(sla.state(FIRST_RESPONSE)).contains(SlaState.MET);
    assertThat(sla.state(RESOLUTION)).contains(SlaState.RUNNING);
    assertThat(sla.current(NEXT_RESPONSE)).isEmpty();
    assertThat(sla.events()).singleElement().isInstanceOfSatisfying(SlaMet.class, met -> {
      assertThat(met.timerName()).isEqualTo("first-response");
      assertThat(met.elapsed()).isEqualTo(Duration.ofMinutes(40));
      assertThat(met.recordId()).isEqualTo(SlaFixtures.CASE_ID);
    });
  }

  @Test
  void an_unanswered_critical_case_warns_after_45_minutes_and_breaches_after_an_hour() {
    // when
    SlaSnapshot sla = supportPolicy().evaluate(aCase(CRITICAL), minutesIn(90));
    // then
    SlaTimer firstResponse = sla.current(FIRST_RESPONSE).orElseThrow();
    assertThat(firstResponse.state(sla.asOf())).isEqualTo(SlaState.BREACHED);
    assertThat(firstResponse.remaining(sla.asOf())).isEqualTo(Duration.ofMinutes(-30));
    assertThat(sla.events()).hasSize(2);
    assertThat(sla.events().get(0)).isInstanceOf(SlaWarningReached.class);
    assertThat(sla.events().get(0).occurredAt()).isEqualTo(minutesIn(45));
    assertThat(sla.events().get(1)).isInstanceOf(SlaBreached.class);
    assertThat(sla.events().get(1).occurredAt()).isEqualTo(minutesIn(60));
    assertThat(sla.breached()).containsExactly(firstResponse);
    assertThat(sla.nextAlarm()).contains(hoursIn(8));
  }

  @Test
  void a_high_case_opened_on_a_friday_afternoon_is_due_on_monday_in_business_hours() {
    // given
    CaseTimeline friday = aCase(HIGH, berlin("2025-03-21T15:00"));
    // when
    SlaSnapshot sla = supportPolicy().evaluate(friday, berlin("2025-03-22T12:00"));
    // then
    SlaTimer firstResponse = sla.current(FIRST_RESPONSE).orElseThrow();
    assertThat(firstResponse.dueAt()).contains(berlin("2025-03-24T11:00"));
    assertThat(firstResponse.warningAt()).contains(berlin("2025-03-24T10:00"));
    assertThat(firstResponse.state(sla.asOf())).isEqualTo(SlaState.RUNNING);
    assertThat(firstResponse.remaining(sla.asOf())).isEqualTo(Duration.ofHours(2));
    assertThat(sla.nextAlarm()).contains(berlin("2025-03-24T10:00"));
  }

  @Test
  void waiting_on_the_customer_pauses_the_resolution_timer() {
    // given a case answered and set to wait on the customer for a day
    Instant monday9 = berlin("2025-03-24T09:00");
    Instant tuesday10 = berlin("2025-03-25T10:00");
    CaseTimeline waiting = aCase(HIGH, monday9)
        .agentReplied(berlin("2025-03-24T10:00"))
        .statusChanged(berlin("2025-03-24T10:00"), CaseStatus.WAITING_ON_CUSTOMER)
        .customerCommented(tuesday10)
        .statusChanged(tuesday10, CaseStatus.OPEN)
        .resolved(berlin("2025-03-25T12:00"));
    // when
    SlaSnapshot whileWaiting = supportPolicy().evaluate(waiting, berlin("2025-03-24T15:00"));
    SlaSnapshot afterwards = supportPolicy().evaluate(waiting, berlin("2025-03-26T09:00"));
    // then
    assertThat(whileWaiting.state(RESOLUTION)).contains(SlaState.PAUSED);
    assertThat(whileWaiting.current(RESOLUTION).orElseThrow().elapsed(whileWaiting.asOf())).isEqualTo(Duration.ofHours(1));
    SlaTimer resolution = afterwards.current(RESOLUTION).orElseThrow();
    assertThat(resolution.elapsed(afterwards.asOf())).isEqualTo(Duration.ofHours(3));
    assertThat(resolution.state(afterwards.asOf())).isEqualTo(SlaState.MET);
    assertThat(resolution.pauses()).containsExactly(SlaPause.between(berlin("2025-03-24T10:00"), tuesday10));
    assertThat(afterwards.state(NEXT_RESPONSE)).contains(SlaState.MET);
    assertThat(afterwards.current(NEXT_RESPONSE).orElseThrow().startedAt()).isEqualTo(tuesday10);
  }

  @Test
  void each_unanswered_customer_comment_opens_a_new_next_response_cycle() {
    // given
    CaseTimeline conversation = aCase(CRITICAL)
        .agentReplied(minutesIn(10))
        .customerCommented(minutesIn(60))
        .agentReplied(minutesIn(90))
        .customerCommented(minutesIn(180))
        .customerCommented(minutesIn(210));
    // when
    SlaSnapshot sla = supportPolicy().evaluate(conversation, hoursIn(6));
    // then
    List<SlaTimer> cycles = sla.timers("next-response");
    assertThat(cycles).extracting(SlaTimer::cycle).containsExactly(1, 2);
    assertThat(cycles.get(0).state(sla.asOf())).isEqualTo(SlaState.MET);
    assertThat(cycles.get(0).elapsed(sla.asOf())).isEqualTo(Duration.ofMinutes(30));
    assertThat(cycles.get(1).startedAt()).as("the second comment waits in the same cycle").isEqualTo(minutesIn(180));
    assertThat(cycles.get(1).state(sla.asOf())).isEqualTo(SlaState.BREACHED);
    assertThat(sla.events()).filteredOn(e -> e instanceof SlaBreached).singleElement()
        .satisfies(e -> assertThat(e.cycle()).isEqualTo(2));
  }

  @Test
  void a_customer_comment_before_the_first_reply_opens_no_next_response_cycle() {
    SlaSnapshot sla = supportPolicy().evaluate(aCase(CRITICAL).customerCommented(minutesIn(10)), minutesIn(30));
    assertThat(sla.current(NEXT_RESPONSE)).isEmpty();
    assertThat(sla.state(FIRST_RESPONSE)).contains(SlaState.RUNNING);
  }

  @Test
  void resolving_a_case_stops_every_timer_including_an_unanswered_first_response() {
    SlaSnapshot sla = supportPolicy().evaluate(aCase(CRITICAL).resolved(minutesIn(30)), hoursIn(12));
    assertThat(sla.state(FIRST_RESPONSE)).contains(SlaState.MET);
    assertThat(sla.state(RESOLUTION)).contains(SlaState.MET);
    assertThat(sla.breached()).isEmpty();
    assertThat(sla.nextAlarm()).isEmpty();
  }

  @Test
  void a_reopened_case_continues_its_resolution_cycle_and_the_resolved_time_counts_as_paused() {
    // given
    CaseTimeline reopened = aCase(CRITICAL).agentReplied(minutesIn(10)).resolved(hoursIn(3))
        .reopened(hoursIn(27)).resolved(hoursIn(29));
    // when
    SlaSnapshot whileReopened = supportPolicy().evaluate(reopened, hoursIn(28));
    SlaSnapshot sla = supportPolicy().evaluate(reopened, hoursIn(40));
    // then
    assertThat(whileReopened.state(RESOLUTION)).contains(SlaState.RUNNING);
    assertThat(whileReopened.current(RESOLUTION).orElseThrow().elapsed(whileReopened.asOf())).isEqualTo(Duration.ofHours(4));
    assertThat(sla.timers("resolution")).singleElement().satisfies(r -> {
      assertThat(r.elapsed(sla.asOf())).isEqualTo(Duration.ofHours(5));
      assertThat(r.pauses()).containsExactly(SlaPause.between(hoursIn(3), hoursIn(27)));
    });
    assertThat(sla.events()).filteredOn(e -> e instanceof SlaMet && e.timerName().equals("resolution"))
        .extracting(SlaEvent::occurredAt).containsExactly(hoursIn(3), hoursIn(29));
  }

  @Test
  void a_reopened_case_can_start_a_new_resolution_cycle_instead() {
    // given
    SlaPolicy cycling = supportPolicyBuilder().onReopen(ReopenRule.NEW_CYCLE).build();
    CaseTimeline reopened = aCase(CRITICAL).agentReplied(minutesIn(10)).resolved(hoursIn(3))
        .reopened(hoursIn(27)).resolved(hoursIn(29));
    // when
    SlaSnapshot sla = cycling.evaluate(reopened, hoursIn(40));
    // then
    List<SlaTimer> cycles = sla.timers("resolution");
    assertThat(cycles).extracting(SlaTimer::cycle).containsExactly(1, 2);
    assertThat(cycles.get(0).elapsed(sla.asOf())).isEqualTo(Duration.ofHours(3));
    assertThat(cycles.get(1).startedAt()).isEqualTo(hoursIn(27));
    assertThat(cycles.get(1).elapsed(sla.asOf())).isEqualTo(Duration.ofHours(2));
    assertThat(sla.timers("first-response")).hasSize(1);
  }

  @Test
  void timers_can_start_only_when_the_case_is_accepted() {
    // given a policy that starts counting when support opens the case
    SlaPolicy fromAcceptance = supportPolicyBuilder().startOn(Set.of(CaseStatus.OPEN)).build();
    CaseTimeline accepted = aCase(CRITICAL).statusChanged(minutesIn(30), CaseStatus.OPEN);
    // when
    SlaSnapshot before = fromAcceptance.evaluate(accepted, minutesIn(20));
    SlaSnapshot after = fromAcceptance.evaluate(accepted, hoursIn(2));
    // then
    assertThat(before.timers()).isEmpty();
    assertThat(after.current(FIRST_RESPONSE).orElseThrow().startedAt()).isEqualTo(minutesIn(30));
    assertThat(after.current(FIRST_RESPONSE).orElseThrow().dueAt()).contains(minutesIn(90));
  }

  @Test
  void on_hold_pauses_only_when_the_policy_says_so() {
    CaseTimeline onHold = aCase(CRITICAL).agentReplied(minutesIn(10)).statusChanged(hoursIn(1), CaseStatus.ON_HOLD);
    assertThat(supportPolicy().evaluate(onHold, hoursIn(2)).state(RESOLUTION)).contains(SlaState.RUNNING);
    SlaPolicy holdPauses = supportPolicyBuilder().pauseOn(Set.of(CaseStatus.WAITING_ON_CUSTOMER, CaseStatus.ON_HOLD)).build();
    assertThat(holdPauses.evaluate(onHold, hoursIn(2)).state(RESOLUTION)).contains(SlaState.PAUSED);
  }

  @Test
  void a_metric_without_a_goal_for_the_severity_has_no_timer() {
    // given a low case, whose only goal is the first response
    CaseTimeline low = aCase(LOW).agentReplied(minutesIn(10)).customerCommented(minutesIn(20));
    // when
    SlaSnapshot sla = supportPolicy().evaluate(low, hoursIn(3));
    // then
    assertThat(sla.timers()).extracting(SlaTimer::name).containsExactly("first-response");
    assertThat(supportPolicy().target(LOW, RESOLUTION)).isEmpty();
    assertThat(supportPolicy().target(LOW, FIRST_RESPONSE)).isPresent();
  }

  @Test
  void before_the_opening_there_is_nothing_and_facts_after_the_instant_have_not_happened_yet() {
    CaseTimeline late = aCase(CRITICAL).agentReplied(hoursIn(2));
    assertThat(supportPolicy().evaluate(late, MONDAY_10.minusSeconds(1)).timers()).isEmpty();
    SlaSnapshot beforeTheReply = supportPolicy().evaluate(late, minutesIn(90));
    assertThat(beforeTheReply.state(FIRST_RESPONSE)).contains(SlaState.BREACHED);
    assertThat(supportPolicy().evaluate(late, hoursIn(3)).state(FIRST_RESPONSE)).contains(SlaState.MISSED);
  }

  @Test
  void evaluating_the_same_history_again_gives_the_same_events_with_the_same_ids() {
    CaseTimeline c = aCase(CRITICAL).agentReplied(minutesIn(70)).customerCommented(hoursIn(2));
    SlaSnapshot once = supportPolicy().evaluate(c, hoursIn(9));
    SlaSnapshot again = supportPolicy().evaluate(c, hoursIn(9));
    assertThat(again).isEqualTo(once);
    assertThat(once.events()).extracting(SlaEvent::eventId).doesNotHaveDuplicates().hasSizeGreaterThan(3);
  }

  @Test
  void a_timeline_keeps_its_facts_in_time_order() {
    CaseTimeline c = aCase(CRITICAL).agentReplied(minutesIn(20)).customerCommented(minutesIn(10)).closed(hoursIn(1));
    assertThat(c.facts()).extracting(CaseFact::at).containsExactly(minutesIn(10), minutesIn(20), hoursIn(1));
  }

  @Test
  void a_fact_before_the_opening_is_refused() {
    assertRejected("caseTimeline.facts", "order", () -> aCase(CRITICAL).agentReplied(MONDAY_10.minusSeconds(1)));
    assertRejected("caseTimeline.caseId", "required", () -> CaseTimeline.opened(null, CRITICAL, MONDAY_10));
    assertRejected("statusChanged.to", "required", () -> aCase(CRITICAL).statusChanged(MONDAY_10, null));
  }

  @Test
  void a_policy_needs_a_name_and_goals_one_per_severity_and_metric() {
    SlaTarget hour = SlaTarget.calendarTime(Duration.ofHours(1));
    assertRejected("slaPolicy.name", "required", () -> SlaPolicy.builder(" ").goal(CRITICAL, FIRST_RESPONSE, hour).build());
    assertRejected("slaPolicy.goals", "required", () -> SlaPolicy.builder("Empty").build());
    assertRejected("slaPolicy.goals", "duplicate", () -> SlaPolicy.builder("Twice")
        .goal(CRITICAL, FIRST_RESPONSE, hour).goal(CRITICAL, FIRST_RESPONSE, hour).build());
    assertRejected("slaGoal.metric", "required", () -> new SlaGoal(CRITICAL, null, hour));
  }

  @Test
  void a_stop_status_can_neither_start_nor_pause_a_timer() {
    assertRejected("slaPolicy.pauseStatuses", "conflict",
        () -> supportPolicyBuilder().pauseOn(Set.of(CaseStatus.RESOLVED)).build());
    assertRejected("slaPolicy.startStatuses", "conflict",
        () -> supportPolicyBuilder().startOn(Set.of(CaseStatus.OPEN, CaseStatus.CLOSED)).build());
    assertRejected("slaPolicy.startStatuses", "required", () -> supportPolicyBuilder().startOn(Set.of()).build());
    assertRejected("slaPolicy.stopStatuses", "required", () -> supportPolicyBuilder().stopOn(Set.of()).build());
    assertRejected("slaPolicy.onReopen", "required", () -> supportPolicyBuilder().onReopen(null).build());
  }

  @Test
  void a_policy_orders_its_goals_by_severity_and_metric() {
    SlaPolicy policy = supportPolicy();
    assertThat(policy.goals()).first().satisfies(g -> {
      assertThat(g.severity()).isEqualTo(CRITICAL);
      assertThat(g.metric()).isEqualTo(FIRST_RESPONSE);
    });
    assertThat(policy.pauseStatuses()).containsExactly(CaseStatus.WAITING_ON_CUSTOMER);
    assertThat(policy.onReopen()).isEqualTo(ReopenRule.CONTINUE_CYCLE);
  }

  @Test
  void evaluation_needs_a_timeline_and_an_instant() {
    assertRejected("slaPolicy.timeline", "required", () -> supportPolicy().evaluate(null, MONDAY_10));
    assertRejected("slaPolicy.asOf", "required", () -> supportPolicy().evaluate(aCase(CRITICAL), null));
  }
}
