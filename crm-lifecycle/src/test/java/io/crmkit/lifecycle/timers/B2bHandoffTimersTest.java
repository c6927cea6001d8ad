package io.crmkit.lifecycle.timers;

import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.ACCEPT;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.BOOK_KICKOFF;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.CONVERT;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.LEAD;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.ONBOARDING;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.QUALIFY;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.REJECT;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.START_ONBOARDING;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.WIN;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.CUSTOMER_FIRST_CONTACT;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.KICKOFF_BOOKING;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.SALES_ACCEPTANCE;
import static io.crmkit.lifecycle.timers.TimerFixtures.ADA;
import static io.crmkit.lifecycle.timers.TimerFixtures.LEADS;
import static io.crmkit.lifecycle.timers.TimerFixtures.LEAD_ID;
import static io.crmkit.lifecycle.timers.TimerFixtures.OFFICE;
import static io.crmkit.lifecycle.timers.TimerFixtures.SCORING;
import static io.crmkit.lifecycle.timers.TimerFixtures.aLeadInMqlSince;
import static io.crmkit.lifecycle.timers.TimerFixtures.aLeadReadyForEverything;
import static io.crmkit.lifecycle.timers.TimerFixtures.aQualifiedLead;
import static io.crmkit.lifecycle.timers.TimerFixtures.moved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crmkit.lifecycle.sla.Deadline;
import io.crmkit.lifecycle.sla.SlaBreached;
import io.crmkit.lifecycle.sla.SlaEvent;
import io.crmkit.lifecycle.sla.SlaMet;
import io.crmkit.lifecycle.sla.SlaMissed;
import io.crmkit.lifecycle.sla.SlaState;
import io.crmkit.lifecycle.sla.SlaTarget;
import io.crmkit.lifecycle.sla.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The hand-off deadlines of the B2B lead lifecycle, run by its own moves on the Berlin office's
 * hours (09:00-17:00 Monday to Friday): sales accepts a marketing-qualified lead within 8 business
 * hours; success contacts a new customer within 24 hours of the close and books the kickoff within
 * 14 days.
 */
class B2bHandoffTimersTest {
  /** Friday 28 March 2025, 14:00 in Berlin: the last Friday before the clocks go forward on Sunday. */
  private static final Instant FRIDAY_BEFORE_DST = berlin("2025-03-28T14:00");
  /** 8 business hours after it: Friday 14:00-17:00, Monday 09:00-14:00, in summer time. */
  private static final Instant MONDAY_AFTER_DST_14 = berlin("2025-03-31T14:00");

  // ------------------------------------------------------------------------ sales acceptance

  @Test
  void a_lead_entering_mql_starts_sales_acceptance_for_eight_business_hours() {
    // when
    LifecycleRun mql = aLeadInMqlSince(FRIDAY_BEFORE_DST);
    // then
    SlaTimer acceptance = mql.timers().current(SALES_ACCEPTANCE).orElseThrow();
    assertThat(acceptance.startedAt()).isEqualTo(FRIDAY_BEFORE_DST);
    assertThat(acceptance.target()).isEqualTo(SlaTarget.businessTime(Duration.ofHours(8), OFFICE));
    assertThat(mql.timers().state(SALES_ACCEPTANCE, FRIDAY_BEFORE_DST)).contains(SlaState.RUNNING);
  }

  @Test
  void a_lead_accepted_within_eight_business_hours_meets_sales_acceptance() {
    // given a lead qualified on Friday afternoon
    LifecycleRun mql = aLeadInMqlSince(FRIDAY_BEFORE_DST);
    Instant monday10 = berlin("2025-03-31T10:00");
    // when sales accepts it on Monday at 10:00
    LifecycleRun accepted = moved(LEADS.apply(mql, ACCEPT, aQualifiedLead(), monday10, ADA));
    // then the 4 business hours it took meet the target
    assertThat(accepted.timers().state(SALES_ACCEPTANCE, monday10)).contains(SlaState.MET);
    assertThat(accepted.timers().isBreached(SALES_ACCEPTANCE, berlin("2025-04-30T10:00"))).isFalse();
    assertThat(accepted.timers().events(LEAD_ID, monday10)).singleElement().isInstanceOfSatisfying(SlaMet.class, met -> {
      assertThat(met.elapsed()).isEqualTo(Duration.ofHours(4));
      assertThat(met.occurredAt()).isEqualTo(monday10);
      assertThat(met.recordId()).isEqualTo(LEAD_ID);
    });
  }

  @Test
  void a_host_asking_whether_sales_acceptance_is_breached_is_told_so_from_the_instant_the_eight_hours_run_out() {
    // given a lead qualified on Friday afternoon that nobody accepts
    LifecycleRun mql = aLeadInMqlSince(FRIDAY_BEFORE_DST);
    // then a minute before the weekend and the clock change are over it is not breached, and then it is
    Instant aMinuteBefore = MONDAY_AFTER_DST_14.minusSeconds(60);
    assertThat(mql.timers().isBreached(SALES_ACCEPTANCE, aMinuteBefore)).isFalse();
    assertThat(mql.timers().readings(aMinuteBefore)).singleElement()
        .satisfies(reading -> assertThat(reading.remaining()).isEqualTo(Duration.ofMinutes(1)));
    assertThat(mql.timers().isBreached(SALES_ACCEPTANCE, MONDAY_AFTER_DST_14)).isTrue();
    assertThat(mql.timers().state(SALES_ACCEPTANCE, MONDAY_AFTER_DST_14)).contains(SlaState.BREACHED);
    // and the breach happened at the instant the eight business hours ran out: 71 hours after, not 72
    assertThat(mql.timers().events(LEAD_ID, MONDAY_AFTER_DST_14)).singleElement()
        .isInstanceOfSatisfying(SlaBreached.class, breach -> {
          assertThat(breach.occurredAt()).isEqualTo(Instant.parse("2025-03-31T12:00:00Z"));
          assertThat(Duration.between(FRIDAY_BEFORE_DST, breach.occurredAt())).isEqualTo(Duration.ofHours(71));
        });
  }

  @Test
  void a_lead_accepted_late_misses_sales_acceptance_after_a_breach_at_the_right_instant() {
    // given a lead qualified on Friday afternoon
    LifecycleRun mql = aLeadInMqlSince(FRIDAY_BEFORE_DST);
    Instant tuesday0930 = berlin("2025-04-01T09:30");
    // when sales accepts it on Tuesday at 09:30
    LifecycleRun accepted = moved(LEADS.apply(mql, ACCEPT, aQualifiedLead(), tuesday0930, ADA));
    // then the timer was breached on Monday at 14:00 and stopped late by 3.5 business hours
    assertThat(accepted.timers().state(SALES_ACCEPTANCE, tuesday0930)).contains(SlaState.MISSED);
    assertThat(accepted.timers().events(LEAD_ID, tuesday0930))
        .extracting(SlaEvent::getClass, SlaEvent::occurredAt)
        .containsExactly(
            tuple(SlaBreached.class, MONDAY_AFTER_DST_14),
            tuple(SlaMissed.class, tuesday0930));
    SlaMissed missed = (SlaMissed) accepted.timers().events(LEAD_ID, tuesday0930).get(1);
    assertThat(missed.lateBy()).isEqualTo(Duration.ofMinutes(210));
  }

  @Test
  void the_hand_off_is_the_same_timer_as_a_deadline_started_on_entering_mql_and_stopped_on_leaving_it() {
    // given
    LifecycleRun mql = aLeadInMqlSince(FRIDAY_BEFORE_DST);
    Instant monday10 = berlin("2025-03-31T10:00");
    // when
    LifecycleRun accepted = moved(LEADS.apply(mql, ACCEPT, aQualifiedLead(), monday10, ADA));
    // then
    Deadline acceptance = Deadline.of(SALES_ACCEPTANCE, SlaTarget.businessTime(Duration.ofHours(8), OFFICE));
    assertThat(accepted.timers().cycles(SALES_ACCEPTANCE)).containsExactly(acceptance.start(FRIDAY_BEFORE_DST).stop(monday10));
  }

  @Test
  void a_lead_rejected_and_qualified_again_gets_a_second_cycle_of_sales_acceptance() {
    // given a lead rejected by sales on Monday and qualified again on Wednesday
    LifecycleRun mql = aLeadInMqlSince(berlin("2025-03-24T10:00"));
    LifecycleRun rejected = moved(LEADS.apply(mql, REJECT, aLeadReadyForEverything(), berlin("2025-03-24T12:00"), ADA));
    Instant wednesday = berlin("2025-03-26T10:00");
    // when
    LifecycleRun again = moved(LEADS.apply(rejected, QUALIFY, aLeadReadyForEverything(), wednesday, SCORING));
    // then
    assertThat(again.timers().cycles(SALES_ACCEPTANCE)).extracting(SlaTimer::cycle).containsExactly(1, 2);
    assertThat(again.timers().cycles(SALES_ACCEPTANCE).get(0).state(wednesday)).isEqualTo(SlaState.MET);
    assertThat(again.timers().current(SALES_ACCEPTANCE).orElseThrow().startedAt()).isEqualTo(wednesday);
  }

  // ---------------------------------------------------------------- after the deal is won

  /** A lead that became a customer on Friday 28 March 2025 at 18:00, the weekend and the clock change ahead. */
  private static LifecycleRun aCustomerWonAt(Instant wonAt) {
    LifecycleRun run = aLeadInMqlSince(berlin("2025-03-24T09:30"));
    run = moved(LEADS.apply(run, ACCEPT, aLeadReadyForEverything(), berlin("2025-03-24T10:00"), ADA));
    run = moved(LEADS.apply(run, CONVERT, aLeadReadyForEverything(), berlin("2025-03-24T11:00"), ADA));
    return moved(LEADS.apply(run, WIN, aLeadReadyForEverything(), wonAt, ADA));
  }

  @Test
  void winning_the_deal_starts_customer_first_contact_for_24_hours_and_kickoff_booking_for_14_days() {
    // when
    Instant wonAt = berlin("2025-03-28T18:00");
    LifecycleRun won = aCustomerWonAt(wonAt);
    // then both count around the clock: days of 24 hours, so 14 days later is 19:00 in summer time
    SlaTimer contact = won.timers().current(CUSTOMER_FIRST_CONTACT).orElseThrow();
    SlaTimer kickoff = won.timers().current(KICKOFF_BOOKING).orElseThrow();
    assertThat(contact.target()).isEqualTo(SlaTarget.calendarTime(Duration.ofHours(24)));
    assertThat(contact.dueAt()).contains(berlin("2025-03-29T18:00"));
    assertThat(kickoff.target()).isEqualTo(SlaTarget.calendarTime(Duration.ofDays(14)));
    assertThat(kickoff.dueAt()).contains(berlin("2025-04-11T19:00"));
  }

  @Test
  void success_contacting_the_customer_the_next_morning_meets_first_contact_and_booking_the_kickoff_meets_the_other() {
    // given a deal won on Friday evening
    LifecycleRun won = aCustomerWonAt(berlin("2025-03-28T18:00"));
    // when success starts onboarding on Saturday morning and books the kickoff on Wednesday
    Instant saturday10 = berlin("2025-03-29T10:00");
    LifecycleRun onboarding = moved(LEADS.apply(won, START_ONBOARDING, aLeadReadyForEverything(), saturday10, ADA));
    Instant wednesday11 = berlin("2025-04-02T11:00");
    LifecycleRun booked = moved(LEADS.apply(onboarding, BOOK_KICKOFF, aLeadReadyForEverything(), wednesday11, ADA));
    // then
    assertThat(onboarding.timers().state(CUSTOMER_FIRST_CONTACT, saturday10)).contains(SlaState.MET);
    assertThat(onboarding.timers().current(CUSTOMER_FIRST_CONTACT).orElseThrow().elapsed(saturday10))
        .isEqualTo(Duration.ofHours(16));
    assertThat(onboarding.timers().state(KICKOFF_BOOKING, saturday10)).contains(SlaState.RUNNING);
    assertThat(booked.timers().state(KICKOFF_BOOKING, wednesday11)).contains(SlaState.MET);
    // and booking the kickoff keeps the customer in onboarding, where it has been since Saturday
    assertThat(booked.state().stage()).isEqualTo(ONBOARDING);
    assertThat(booked.state().enteredAt()).isEqualTo(saturday10);
  }

  @Test
  void a_new_customer_nobody_contacts_or_books_breaches_both_hand_offs() {
    // given a deal won on Friday evening and nothing done since
    LifecycleRun won = aCustomerWonAt(berlin("2025-03-28T18:00"));
    Instant twoWeeksLater = berlin("2025-04-14T09:00");
    // then
    assertThat(won.timers().isBreached(CUSTOMER_FIRST_CONTACT, twoWeeksLater)).isTrue();
    assertThat(won.timers().isBreached(KICKOFF_BOOKING, twoWeeksLater)).isTrue();
    assertThat(won.timers().events(LEAD_ID, twoWeeksLater))
        .filteredOn(SlaBreached.class::isInstance)
        .extracting(SlaEvent::timerName, SlaEvent::occurredAt)
        .containsExactly(
            tuple(CUSTOMER_FIRST_CONTACT, berlin("2025-03-29T18:00")),
            tuple(KICKOFF_BOOKING, berlin("2025-04-11T19:00")));
    // the sales acceptance met long before stays met
    assertThat(won.timers().state(SALES_ACCEPTANCE, twoWeeksLater)).contains(SlaState.MET);
  }

  @Test
  void first_contact_counts_real_hours_so_on_the_night_the_clocks_go_back_it_is_due_at_an_hour_earlier_on_the_wall() {
    // given a deal won on Saturday 25 October 2025 at 18:00, the night before the clocks go back
    LifecycleRun won = aCustomerWonAt(berlin("2025-10-25T18:00"));
    // then 24 hours later the wall clock shows 17:00
    assertThat(won.timers().current(CUSTOMER_FIRST_CONTACT).orElseThrow().dueAt()).contains(berlin("2025-10-26T17:00"));
  }

  @Test
  void a_lead_entering_as_a_lead_runs_no_timer_yet() {
    LifecycleRun lead = LEADS.start(LEAD, FRIDAY_BEFORE_DST, SCORING).run();
    assertThat(lead.timers()).isEqualTo(RecordTimers.none());
    assertThat(lead.timers().readings(MONDAY_AFTER_DST_14)).isEmpty();
  }
}
