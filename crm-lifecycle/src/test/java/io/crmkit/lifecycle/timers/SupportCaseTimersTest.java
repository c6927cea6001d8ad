package io.crmkit.lifecycle.timers;

import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.AUTO_CLOSE;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.FIRST_RESPONSE;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.RESOLUTION;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.ASK_CUSTOMER;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.CLOSE;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.CUSTOMER_REPLIED;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.NEW;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.REOPEN;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.RESOLVE;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.START_WORK;
import static io.crmkit.lifecycle.timers.TimerFixtures.ADA;
import static io.crmkit.lifecycle.timers.TimerFixtures.CASES;
import static io.crmkit.lifecycle.timers.TimerFixtures.CASE_ID;
import static io.crmkit.lifecycle.timers.TimerFixtures.aCaseReadyForEverything;
import static io.crmkit.lifecycle.timers.TimerFixtures.aNewCase;
import static io.crmkit.lifecycle.timers.TimerFixtures.moved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.sla.SlaBreached;
import io.crmkit.lifecycle.sla.SlaEvent;
import io.crmkit.lifecycle.sla.SlaPause;
import io.crmkit.lifecycle.sla.SlaState;
import io.crmkit.lifecycle.sla.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clocks of the support case lifecycle, run by its own moves on the Berlin office's hours:
 * first response in 8 business hours, resolution in 40 business hours not counting the time spent
 * waiting on the customer, and a new resolution cycle when a resolved case is reopened.
 */
class SupportCaseTimersTest {
  private static final Actor HELPDESK = Actor.automation("helpdesk");
  /** Monday 24 March 2025, 10:00 in Berlin: the case opens. */
  private static final Instant MONDAY_10 = berlin("2025-03-24T10:00");

  private static LifecycleRun aCaseOpenedAt(Instant at) {
    return CASES.start(NEW, at, HELPDESK).run();
  }

  @Test
  void a_new_case_starts_first_response_and_resolution_in_business_hours() {
    LifecycleRun opened = aCaseOpenedAt(MONDAY_10);

    assertThat(opened.timers().names()).containsExactly(FIRST_RESPONSE, RESOLUTION);
    assertThat(opened.timers().current(FIRST_RESPONSE).orElseThrow().dueAt()).contains(berlin("2025-03-25T10:00"));
  }

  @Test
  void the_resolution_timer_is_paused_while_the_case_waits_on_the_customer() {
    // given a case opened Monday 10:00, worked from 11:00, waiting on the customer from 12:00
    LifecycleRun run = aCaseOpenedAt(MONDAY_10);
    run = moved(CASES.apply(run, START_WORK, aNewCase(berlin("2025-03-24T11:00")), berlin("2025-03-24T11:00"), ADA));
    run = moved(CASES.apply(run, ASK_CUSTOMER, aNewCase(berlin("2025-03-24T12:00")), berlin("2025-03-24T12:00"), ADA));
    // then on Tuesday afternoon the resolution clock stands at the 2 hours counted before the wait
    Instant tuesday15 = berlin("2025-03-25T15:00");
    assertThat(run.timers().readings(tuesday15))
        .extracting(TimerReading::timerName, TimerReading::state, TimerReading::elapsed)
        .containsExactly(
            tuple(FIRST_RESPONSE, SlaState.MET, Duration.ofHours(1)),
            tuple(RESOLUTION, SlaState.PAUSED, Duration.ofHours(2)));
    // when the customer replies on Wednesday at 12:00 and support resolves the case at 15:00
    Instant wednesday12 = berlin("2025-03-26T12:00");
    Instant wednesday15 = berlin("2025-03-26T15:00");
    run = moved(CASES.apply(run, CUSTOMER_REPLIED, aNewCase(wednesday12), wednesday12, HELPDESK));
    run = moved(CASES.apply(run, RESOLVE, aCaseReadyForEverything(wednesday15), wednesday15, ADA));
    // then resolution counted 2 + 3 business hours, the wait excluded, and met its target
    SlaTimer resolution = run.timers().current(RESOLUTION).orElseThrow();
    assertThat(resolution.pauses()).containsExactly(SlaPause.between(berlin("2025-03-24T12:00"), wednesday12));
    assertThat(resolution.elapsed(wednesday15)).isEqualTo(Duration.ofHours(5));
    assertThat(resolution.state(wednesday15)).isEqualTo(SlaState.MET);
    assertThat(run.timers().state(AUTO_CLOSE, wednesday15)).contains(SlaState.RUNNING);
  }

  @Test
  void a_resolution_nobody_finishes_breaches_after_40_business_hours_not_counting_the_wait() {
    // given a case that waited on the customer from Monday 12:00 to Tuesday 12:00, then nothing
    LifecycleRun run = aCaseOpenedAt(MONDAY_10);
    run = moved(CASES.apply(run, ASK_CUSTOMER, aNewCase(berlin("2025-03-24T12:00")), berlin("2025-03-24T12:00"), ADA));
    run = moved(CASES.apply(run, CUSTOMER_REPLIED, aNewCase(berlin("2025-03-25T12:00")), berlin("2025-03-25T12:00"), HELPDESK));
    // then 2 hours on Monday, then 38 from Tuesday noon (5 + 8 + 8 + 8, 8 on the next Monday, 1):
    // the breach comes on the next Tuesday at 10:00
    Instant nextWednesday = berlin("2025-04-02T09:00");
    assertThat(run.timers().isBreached(RESOLUTION, berlin("2025-04-01T09:59"))).isFalse();
    assertThat(run.timers().isBreached(RESOLUTION, nextWednesday)).isTrue();
    assertThat(run.timers().events(CASE_ID, nextWednesday))
        .filteredOn(e -> e.timerName().equals(RESOLUTION))
        .singleElement().isInstanceOfSatisfying(SlaBreached.class,
            breach -> assertThat(breach.occurredAt()).isEqualTo(berlin("2025-04-01T10:00")));
  }

  @Test
  void reopening_a_resolved_case_opens_a_new_resolution_cycle() {
    // given a case resolved on Monday at 15:00, 5 business hours after it opened
    Instant monday15 = berlin("2025-03-24T15:00");
    LifecycleRun resolved = moved(CASES.apply(aCaseOpenedAt(MONDAY_10), RESOLVE, aCaseReadyForEverything(monday15), monday15, ADA));
    // when the customer reopens it on Tuesday at 10:00
    Instant tuesday10 = berlin("2025-03-25T10:00");
    LifecycleRun reopened = moved(CASES.apply(resolved, REOPEN, aCaseReadyForEverything(tuesday10), tuesday10, HELPDESK));
    // then the first cycle stays met and a second one counts from the reopening
    Instant tuesday12 = berlin("2025-03-25T12:00");
    List<SlaTimer> cycles = reopened.timers().cycles(RESOLUTION);
    assertThat(cycles).extracting(SlaTimer::cycle).containsExactly(1, 2);
    assertThat(cycles.get(0).state(tuesday12)).isEqualTo(SlaState.MET);
    assertThat(cycles.get(0).elapsed(tuesday12)).isEqualTo(Duration.ofHours(5));
    assertThat(cycles.get(1).startedAt()).isEqualTo(tuesday10);
    assertThat(cycles.get(1).elapsed(tuesday12)).isEqualTo(Duration.ofHours(2));
    assertThat(reopened.timers().state(AUTO_CLOSE, tuesday12)).contains(SlaState.MET);
    // when it is resolved again and closed
    Instant wednesday10 = berlin("2025-03-26T10:00");
    Instant wednesday11 = berlin("2025-03-26T11:00");
    LifecycleRun closed = moved(CASES.apply(
        moved(CASES.apply(reopened, RESOLVE, aCaseReadyForEverything(wednesday10), wednesday10, ADA)),
        CLOSE, aCaseReadyForEverything(wednesday11), wednesday11, ADA));
    // then every clock has stopped, each cycle met, and the events say so in time order
    assertThat(closed.timers().readings(wednesday11)).allSatisfy(r -> assertThat(r.state()).isEqualTo(SlaState.MET));
    assertThat(closed.timers().events(CASE_ID, wednesday11))
        .extracting(SlaEvent::timerName, SlaEvent::cycle, SlaEvent::occurredAt)
        .containsExactly(
            tuple(FIRST_RESPONSE, 1, monday15), tuple(RESOLUTION, 1, monday15),
            tuple(AUTO_CLOSE, 1, tuesday10),
            tuple(RESOLUTION, 2, wednesday10),
            tuple(AUTO_CLOSE, 2, wednesday11));
  }
}
