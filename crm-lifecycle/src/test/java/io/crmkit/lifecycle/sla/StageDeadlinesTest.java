package io.crmkit.lifecycle.sla;

import static io.crmkit.core.contact.LifecycleStage.CUSTOMER;
import static io.crmkit.core.contact.LifecycleStage.LEAD;
import static io.crmkit.core.contact.LifecycleStage.MQL;
import static io.crmkit.core.contact.LifecycleStage.SAL;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOffice;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageDeadlinesTest {
  private static final LeadId LEAD_ID = LeadId.of("lead-17");
  private static final AccountId ACCOUNT_ID = AccountId.of("account-3");
  private static final Instant FRIDAY_15 = berlin("2025-03-21T15:00");

  /** "Sales accepts or rejects a lead within 8 business hours", warning 2 hours before. */
  private static final Deadline SALES_ACCEPTANCE = Deadline.of("sales-acceptance",
      SlaTarget.businessTime(Duration.ofHours(8), berlinOffice()).withWarningBefore(Duration.ofHours(2)));

  /** "Success contacts a new customer within 24 hours of the close." */
  private static final Deadline FIRST_CONTACT = Deadline.of("success-first-contact",
      SlaTarget.calendarTime(Duration.ofHours(24))).endingAt(DeadlineEnd.FIRST_TOUCH);

  private static final StageDeadlines<LifecycleStage> HANDOFFS = StageDeadlines.<LifecycleStage>builder()
      .on(MQL, SALES_ACCEPTANCE).on(CUSTOMER, FIRST_CONTACT).build();

  @Test
  void a_lead_accepted_within_eight_business_hours_meets_the_handoff() {
    // given a lead that became marketing qualified on a Friday afternoon and was accepted on Monday
    List<StageVisit<LifecycleStage>> visits = List.of(
        StageVisit.of(MQL, FRIDAY_15), StageVisit.of(SAL, berlin("2025-03-24T11:00")));
    // when
    SlaSnapshot sla = HANDOFFS.evaluate(LEAD_ID, visits, berlin("2025-03-24T12:00"));
    // then
    SlaTimer acceptance = sla.current("sales-acceptance").orElseThrow();
    assertThat(acceptance.state(sla.asOf())).isEqualTo(SlaState.MET);
    assertThat(acceptance.elapsed(sla.asOf())).isEqualTo(Duration.ofHours(4));
    assertThat(sla.events()).singleElement().isInstanceOfSatisfying(SlaMet.class,
        met -> assertThat(met.recordId()).isEqualTo(LEAD_ID));
  }

  @Test
  void a_lead_left_waiting_warns_and_then_breaches_in_business_hours() {
    // when
    SlaSnapshot sla = HANDOFFS.evaluate(LEAD_ID, List.of(StageVisit.of(MQL, FRIDAY_15)), berlin("2025-03-24T16:00"));
    // then
    assertThat(sla.state("sales-acceptance")).contains(SlaState.BREACHED);
    assertThat(sla.events()).extracting(SlaEvent::occurredAt)
        .containsExactly(berlin("2025-03-24T13:00"), berlin("2025-03-24T15:00"));
    assertThat(sla.events().get(1)).isInstanceOf(SlaBreached.class);
  }

  @Test
  void success_contacting_a_new_customer_within_a_day_of_the_close_meets_the_handoff() {
    // given a deal closed on Friday evening, a touch before the close and one on Saturday morning
    Instant closed = berlin("2025-03-21T18:00");
    List<Instant> touches = List.of(berlin("2025-03-22T10:00"), berlin("2025-03-21T10:00"));
    // when
    SlaSnapshot sla = HANDOFFS.evaluate(ACCOUNT_ID, List.of(StageVisit.of(CUSTOMER, closed)), touches,
        berlin("2025-03-24T09:00"));
    // then
    SlaTimer contact = sla.current("success-first-contact").orElseThrow();
    assertThat(contact.stoppedAt()).contains(berlin("2025-03-22T10:00"));
    assertThat(contact.state(sla.asOf())).isEqualTo(SlaState.MET);
    assertThat(contact.elapsed(sla.asOf())).isEqualTo(Duration.ofHours(16));
  }

  @Test
  void a_new_customer_nobody_contacts_breaches_a_day_after_the_close() {
    Instant closed = berlin("2025-03-21T18:00");
    SlaSnapshot sla = HANDOFFS.evaluate(ACCOUNT_ID, List.of(StageVisit.of(CUSTOMER, closed)), List.of(),
        berlin("2025-03-23T09:00"));
    assertThat(sla.breached()).singleElement().satisfies(t -> assertThat(t.dueAt()).contains(berlin("2025-03-22T18:00")));
  }

  @Test
  void a_touch_after_the_instant_asked_about_has_not_happened_yet() {
    Instant closed = berlin("2025-03-21T18:00");
    SlaSnapshot sla = HANDOFFS.evaluate(ACCOUNT_ID, List.of(StageVisit.of(CUSTOMER, closed)),
        List.of(berlin("2025-03-22T10:00")), berlin("2025-03-22T09:00"));
    assertThat(sla.state("success-first-contact")).contains(SlaState.RUNNING);
  }

  @Test
  void entering_a_stage_again_starts_the_next_cycle_of_its_deadline() {
    // given a lead sent back to marketing and qualified again
    List<StageVisit<LifecycleStage>> visits = List.of(StageVisit.of(MQL, FRIDAY_15),
        StageVisit.of(LEAD, berlin("2025-03-24T10:00")), StageVisit.of(MQL, berlin("2025-03-26T10:00")),
        StageVisit.of(SAL, berlin("2025-03-26T11:00")));
    // when
    SlaSnapshot sla = HANDOFFS.evaluate(LEAD_ID, visits, berlin("2025-03-27T10:00"));
    // then
    assertThat(sla.timers("sales-acceptance")).extracting(SlaTimer::cycle).containsExactly(1, 2);
    assertThat(sla.timers("sales-acceptance")).allSatisfy(t -> assertThat(t.state(sla.asOf())).isEqualTo(SlaState.MET));
  }

  @Test
  void visits_after_the_instant_asked_about_have_not_happened_yet() {
    List<StageVisit<LifecycleStage>> visits = List.of(
        StageVisit.of(MQL, FRIDAY_15), StageVisit.of(SAL, berlin("2025-03-24T11:00")));
    SlaSnapshot sla = HANDOFFS.evaluate(LEAD_ID, visits, berlin("2025-03-24T10:00"));
    assertThat(sla.state("sales-acceptance")).contains(SlaState.RUNNING);
    assertThat(HANDOFFS.evaluate(LEAD_ID, visits, FRIDAY_15.minusSeconds(1)).timers()).isEmpty();
  }

  @Test
  void a_host_may_start_and_stop_the_timers_itself_on_each_transition() {
    // given the timer a host starts on entering MQL and stops on entering SAL
    SlaTimer byHand = HANDOFFS.on(MQL).get(0).start(FRIDAY_15).stop(berlin("2025-03-24T11:00"));
    // when the same history is evaluated
    SlaSnapshot sla = HANDOFFS.evaluate(LEAD_ID, List.of(StageVisit.of(MQL, FRIDAY_15),
        StageVisit.of(SAL, berlin("2025-03-24T11:00"))), berlin("2025-03-24T12:00"));
    // then
    assertThat(sla.timers()).containsExactly(byHand);
    assertThat(HANDOFFS.on(SAL)).isEmpty();
  }

  @Test
  void visits_out_of_order_are_refused() {
    assertRejected("stageDeadlines.visits", "order", () -> HANDOFFS.evaluate(LEAD_ID,
        List.of(StageVisit.of(MQL, FRIDAY_15), StageVisit.of(SAL, FRIDAY_15.minusSeconds(1))), FRIDAY_15));
    assertRejected("stageDeadlines.recordId", "required",
        () -> HANDOFFS.evaluate(null, List.of(), FRIDAY_15));
    assertRejected("stageVisit.stage", "required", () -> StageVisit.of(null, FRIDAY_15));
  }

  @Test
  void two_deadlines_with_one_name_are_refused() {
    assertRejected("stageDeadlines.byStage", "duplicate", () -> StageDeadlines.<LifecycleStage>builder()
        .on(MQL, SALES_ACCEPTANCE).on(SAL, SALES_ACCEPTANCE).build());
    assertRejected("deadline.name", "required", () -> Deadline.of(" ", SALES_ACCEPTANCE.target()));
    assertRejected("deadline.target", "required", () -> Deadline.of("x", null));
  }

  @Test
  void stages_without_deadlines_are_left_out() {
    StageDeadlines<LifecycleStage> deadlines = new StageDeadlines<>(Map.of(LEAD, List.of(), MQL, List.of(SALES_ACCEPTANCE)));
    assertThat(deadlines.byStage()).containsOnlyKeys(MQL);
  }
}
