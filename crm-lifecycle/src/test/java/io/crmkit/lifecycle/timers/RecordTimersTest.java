package io.crmkit.lifecycle.timers;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.timers.TimerFixtures.LEAD_ID;
import static io.crmkit.lifecycle.timers.TimerFixtures.OFFICE;
import static io.crmkit.lifecycle.timers.TimerFixtures.effect;
import static io.crmkit.lifecycle.timers.TimerFixtures.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.shipped.LifecycleTimers;
import io.crmkit.lifecycle.sla.SlaBreached;
import io.crmkit.lifecycle.sla.SlaEvent;
import io.crmkit.lifecycle.sla.SlaMet;
import io.crmkit.lifecycle.sla.SlaSnapshot;
import io.crmkit.lifecycle.sla.SlaState;
import io.crmkit.lifecycle.sla.SlaTarget;
import io.crmkit.lifecycle.sla.SlaTimer;
import io.crmkit.lifecycle.sla.SlaWarningReached;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a record's timers run the timer side effects of its moves, and what they answer as of an instant. */
class RecordTimersTest {
  private static final String ACCEPTANCE = "sales-acceptance";
  private static final Instant MONDAY_10 = berlin("2025-03-24T10:00");
  private static final SideEffect START_ACCEPTANCE = start(ACCEPTANCE, "PT8H", "business");

  private static RecordTimers started(Instant at) {
    return RecordTimers.none().apply(List.of(START_ACCEPTANCE), at, OFFICE);
  }

  // ------------------------------------------------------------------------------ starts

  @Test
  void a_business_time_start_counts_the_hours_of_the_calendar_given() {
    // when
    RecordTimers timers = started(MONDAY_10);
    // then
    SlaTimer acceptance = timers.current(ACCEPTANCE).orElseThrow();
    assertThat(acceptance.target()).isEqualTo(SlaTarget.businessTime(Duration.ofHours(8), OFFICE));
    assertThat(acceptance.startedAt()).isEqualTo(MONDAY_10);
    assertThat(acceptance.cycle()).isEqualTo(1);
    assertThat(acceptance.dueAt()).contains(berlin("2025-03-25T10:00"));
    assertThat(timers.readings(berlin("2025-03-24T16:00"))).singleElement().satisfies(reading -> {
      assertThat(reading.state()).isEqualTo(SlaState.RUNNING);
      assertThat(reading.elapsed()).isEqualTo(Duration.ofHours(6));
      assertThat(reading.remaining()).isEqualTo(Duration.ofHours(2));
    });
  }

  @Test
  void a_calendar_time_start_counts_every_hour_around_the_clock() {
    // given a deal closed on Friday evening
    Instant friday18 = berlin("2025-03-21T18:00");
    // when
    RecordTimers timers = RecordTimers.none().apply(List.of(start("customer-first-contact", "PT24H", "calendar")), friday18, OFFICE);
    // then the weekend counts
    SlaTimer contact = timers.current("customer-first-contact").orElseThrow();
    assertThat(contact.target()).isEqualTo(SlaTarget.calendarTime(Duration.ofHours(24)));
    assertThat(contact.dueAt()).contains(berlin("2025-03-22T18:00"));
  }

  @Test
  void a_start_with_a_warning_warns_that_long_before_the_target() {
    // given sales acceptance started on Friday at 15:00, warning 2 hours before its 8 business hours
    RecordTimers timers = RecordTimers.none()
        .apply(List.of(start(ACCEPTANCE, "PT8H", "business", "PT2H")), berlin("2025-03-21T15:00"), OFFICE);
    // when asked on Monday at 14:00
    Instant monday14 = berlin("2025-03-24T14:00");
    // then
    assertThat(timers.state(ACCEPTANCE, monday14)).contains(SlaState.WARNING);
    assertThat(timers.events(LEAD_ID, monday14)).singleElement().isInstanceOfSatisfying(SlaWarningReached.class,
        warning -> assertThat(warning.occurredAt()).isEqualTo(berlin("2025-03-24T13:00")));
  }

  @Test
  void starting_a_timer_that_ran_opens_its_next_cycle() {
    // given a timer that ran from 10:00 to 12:00
    RecordTimers stopped = started(MONDAY_10).apply(List.of(SideEffect.stopTimer(ACCEPTANCE)), berlin("2025-03-24T12:00"), OFFICE);
    // when it starts again at 14:00
    RecordTimers again = stopped.apply(List.of(START_ACCEPTANCE), berlin("2025-03-24T14:00"), OFFICE);
    // then
    assertThat(again.cycles(ACCEPTANCE)).extracting(SlaTimer::cycle).containsExactly(1, 2);
    assertThat(again.cycles(ACCEPTANCE).get(0).stoppedAt()).contains(berlin("2025-03-24T12:00"));
    assertThat(again.current(ACCEPTANCE).orElseThrow().startedAt()).isEqualTo(berlin("2025-03-24T14:00"));
    assertThat(again.current(ACCEPTANCE).orElseThrow().isStopped()).isFalse();
  }

  @Test
  void starting_a_timer_that_runs_leaves_its_cycle_as_it_is() {
    RecordTimers timers = started(MONDAY_10);
    assertThat(timers.apply(List.of(START_ACCEPTANCE), berlin("2025-03-24T11:00"), OFFICE)).isSameAs(timers);
  }

  // ----------------------------------------------------------------- stops, pauses, resumes

  @Test
  void a_stop_ends_the_cycle_met_when_in_time() {
    // when
    RecordTimers timers = started(MONDAY_10).apply(List.of(SideEffect.stopTimer(ACCEPTANCE)), berlin("2025-03-24T15:00"), OFFICE);
    // then
    Instant later = berlin("2025-03-31T10:00");
    assertThat(timers.state(ACCEPTANCE, later)).contains(SlaState.MET);
    assertThat(timers.isBreached(ACCEPTANCE, later)).isFalse();
    assertThat(timers.events(LEAD_ID, later)).singleElement().isInstanceOfSatisfying(SlaMet.class, met -> {
      assertThat(met.elapsed()).isEqualTo(Duration.ofHours(5));
      assertThat(met.occurredAt()).isEqualTo(berlin("2025-03-24T15:00"));
    });
  }

  @Test
  void stopping_a_timer_that_is_not_running_does_nothing() {
    // a timer never started
    RecordTimers none = RecordTimers.none();
    assertThat(none.apply(List.of(SideEffect.stopTimer(ACCEPTANCE)), MONDAY_10, OFFICE)).isSameAs(none);
    // a timer stopped already
    RecordTimers stopped = started(MONDAY_10).apply(List.of(SideEffect.stopTimer(ACCEPTANCE)), berlin("2025-03-24T12:00"), OFFICE);
    assertThat(stopped.apply(List.of(SideEffect.stopTimer(ACCEPTANCE)), berlin("2025-03-24T13:00"), OFFICE)).isSameAs(stopped);
  }

  @Test
  void pausing_or_resuming_a_timer_that_is_not_running_does_nothing() {
    RecordTimers none = RecordTimers.none();
    assertThat(none.apply(List.of(SideEffect.pauseTimer("resolution"), SideEffect.resumeTimer("resolution")), MONDAY_10, OFFICE))
        .isSameAs(none);
    RecordTimers stopped = started(MONDAY_10).apply(List.of(SideEffect.stopTimer(ACCEPTANCE)), berlin("2025-03-24T12:00"), OFFICE);
    assertThat(stopped.apply(List.of(SideEffect.pauseTimer(ACCEPTANCE)), berlin("2025-03-24T13:00"), OFFICE)).isSameAs(stopped);
    assertThat(stopped.apply(List.of(SideEffect.resumeTimer(ACCEPTANCE)), berlin("2025-03-24T13:00"), OFFICE)).isSameAs(stopped);
  }

  @Test
  void a_paused_timer_counts_no_time_until_it_is_resumed() {
    // given a timer started Monday 10:00, paused at 11:00
    RecordTimers paused = started(MONDAY_10).apply(List.of(SideEffect.pauseTimer(ACCEPTANCE)), berlin("2025-03-24T11:00"), OFFICE);
    // then on Tuesday afternoon it stands still
    assertThat(paused.readings(berlin("2025-03-25T15:00"))).singleElement().satisfies(reading -> {
      assertThat(reading.state()).isEqualTo(SlaState.PAUSED);
      assertThat(reading.elapsed()).isEqualTo(Duration.ofHours(1));
      assertThat(reading.remaining()).isEqualTo(Duration.ofHours(7));
      assertThat(reading.dueAt()).isEmpty();
    });
    // when resumed on Wednesday at 11:00 (a second pause changes nothing)
    RecordTimers resumed = paused
        .apply(List.of(SideEffect.pauseTimer(ACCEPTANCE)), berlin("2025-03-26T10:00"), OFFICE)
        .apply(List.of(SideEffect.resumeTimer(ACCEPTANCE)), berlin("2025-03-26T11:00"), OFFICE);
    // then it counts on from where it stopped counting
    SlaTimer acceptance = resumed.current(ACCEPTANCE).orElseThrow();
    assertThat(acceptance.elapsed(berlin("2025-03-26T12:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(acceptance.dueAt()).contains(berlin("2025-03-27T10:00"));
  }

  @Test
  void side_effects_run_in_order_at_one_instant() {
    // given a paused timer that is resumed and stopped by one move, and another started by it
    RecordTimers paused = started(MONDAY_10).apply(List.of(SideEffect.pauseTimer(ACCEPTANCE)), berlin("2025-03-24T11:00"), OFFICE);
    Instant at = berlin("2025-03-24T15:00");
    // when
    RecordTimers after = paused.apply(List.of(
        SideEffect.resumeTimer(ACCEPTANCE), SideEffect.stopTimer(ACCEPTANCE), start("auto-close", "P7D", "calendar")), at, OFFICE);
    // then
    assertThat(after.current(ACCEPTANCE).orElseThrow().stoppedAt()).contains(at);
    assertThat(after.current(ACCEPTANCE).orElseThrow().elapsed(at)).isEqualTo(Duration.ofHours(1));
    assertThat(after.names()).containsExactly(ACCEPTANCE, "auto-close");
  }

  @Test
  void side_effects_that_are_not_a_timers_are_left_for_the_host() {
    // given
    SideEffect task = SideEffect.createTask("call the lead");
    SideEffect notify = SideEffect.of("notify", Map.of("to", "sales lead"));
    RecordTimers timers = started(MONDAY_10);
    // then apply leaves them alone, and withoutTimers lists them in order
    assertThat(timers.apply(List.of(task, notify), berlin("2025-03-24T11:00"), OFFICE)).isSameAs(timers);
    assertThat(RecordTimers.withoutTimers(List.of(START_ACCEPTANCE, task, SideEffect.stopTimer(ACCEPTANCE), notify)))
        .containsExactly(task, notify);
    assertThat(RecordTimers.isTimerEffect(SideEffect.pauseTimer(ACCEPTANCE))).isTrue();
    assertThat(RecordTimers.isTimerEffect(task)).isFalse();
  }

  // ------------------------------------------------------------------------------ as of

  @Test
  void as_of_an_earlier_instant_the_timers_answer_as_they_stood_then() {
    // given two cycles: 10:00 to 12:00, and from 14:00
    RecordTimers timers = started(MONDAY_10)
        .apply(List.of(SideEffect.stopTimer(ACCEPTANCE)), berlin("2025-03-24T12:00"), OFFICE)
        .apply(List.of(START_ACCEPTANCE), berlin("2025-03-24T14:00"), OFFICE);
    // then before the start nothing ran, between the cycles the first was met, then the second runs
    assertThat(timers.state(ACCEPTANCE, berlin("2025-03-24T09:00"))).isEmpty();
    assertThat(timers.readings(berlin("2025-03-24T09:00"))).isEmpty();
    assertThat(timers.state(ACCEPTANCE, berlin("2025-03-24T11:00"))).contains(SlaState.RUNNING);
    assertThat(timers.state(ACCEPTANCE, berlin("2025-03-24T13:00"))).contains(SlaState.MET);
    assertThat(timers.current(ACCEPTANCE, berlin("2025-03-24T13:00"))).map(SlaTimer::cycle).contains(1);
    assertThat(timers.current(ACCEPTANCE, berlin("2025-03-24T14:00"))).map(SlaTimer::cycle).contains(2);
    SlaSnapshot between = timers.snapshot(LEAD_ID, berlin("2025-03-24T13:00"));
    assertThat(between.timers()).extracting(SlaTimer::cycle).containsExactly(1);
    assertThat(between.events()).singleElement().isInstanceOf(SlaMet.class);
  }

  @Test
  void events_of_every_cycle_come_in_time_order_with_the_same_ids_when_asked_again() {
    // given cycle 1 met and cycle 2 left running into its breach
    RecordTimers timers = started(MONDAY_10)
        .apply(List.of(SideEffect.stopTimer(ACCEPTANCE)), berlin("2025-03-24T12:00"), OFFICE)
        .apply(List.of(START_ACCEPTANCE), berlin("2025-03-24T14:00"), OFFICE);
    Instant friday = berlin("2025-03-28T09:00");
    // when
    List<SlaEvent> events = timers.events(LEAD_ID, friday);
    // then
    assertThat(events).extracting(SlaEvent::cycle).containsExactly(1, 2);
    assertThat(events.get(1)).isInstanceOfSatisfying(SlaBreached.class,
        breach -> assertThat(breach.occurredAt()).isEqualTo(berlin("2025-03-25T14:00")));
    assertThat(events).allSatisfy(e -> assertThat(e.recordId()).isEqualTo(LEAD_ID));
    assertThat(timers.events(LEAD_ID, friday)).isEqualTo(events);
    assertThat(timers.isBreached(ACCEPTANCE, friday)).isTrue();
  }

  @Test
  void the_timers_are_stored_as_their_cycles_and_made_again_from_them() {
    RecordTimers timers = started(MONDAY_10)
        .apply(List.of(SideEffect.stopTimer(ACCEPTANCE), start("auto-close", "P7D", "calendar")), berlin("2025-03-24T12:00"), OFFICE)
        .apply(List.of(START_ACCEPTANCE), berlin("2025-03-24T14:00"), OFFICE);

    List<SlaTimer> stored = timers.all();

    assertThat(stored).extracting(SlaTimer::name, SlaTimer::cycle).containsExactly(
        tuple(ACCEPTANCE, 1), tuple("auto-close", 1),
        tuple(ACCEPTANCE, 2));
    List<SlaTimer> shuffled = new ArrayList<>(stored);
    Collections.reverse(shuffled);
    assertThat(RecordTimers.of(shuffled)).isEqualTo(timers);
    assertThat(timers.lastRecordedAt()).contains(berlin("2025-03-24T14:00"));
    assertThat(RecordTimers.none().lastRecordedAt()).isEmpty();
  }

  // ------------------------------------------------------------------------- bad parameters

  @Test
  void a_start_with_hours_other_than_business_or_calendar_is_refused_naming_the_parameter() {
    var e = assertRejected("sideEffect.parameters.time", "unknown",
        () -> RecordTimers.none().apply(List.of(start(ACCEPTANCE, "PT8H", "office")), MONDAY_10, OFFICE));
    assertThat(e.getMessage()).contains("sales-acceptance", "office", "'business' or 'calendar'");
  }

  @Test
  void a_start_whose_target_is_not_an_iso_8601_duration_is_refused_naming_the_parameter() {
    for (String target : List.of("8 hours", "8", "P1M", "PT")) {
      var e = assertRejected("sideEffect.parameters.target", "invalid",
          () -> RecordTimers.none().apply(List.of(start(ACCEPTANCE, target, "business")), MONDAY_10, OFFICE));
      assertThat(e.getMessage()).contains("PT8H");
    }
  }

  @Test
  void a_start_whose_target_is_not_more_than_zero_or_too_long_is_refused_naming_the_parameter() {
    for (String target : List.of("PT0S", "-PT8H", "P36501D")) {
      assertRejected("sideEffect.parameters.target", "range",
          () -> RecordTimers.none().apply(List.of(start(ACCEPTANCE, target, "business")), MONDAY_10, OFFICE));
    }
  }

  @Test
  void a_start_whose_warning_is_unreadable_or_not_before_the_target_is_refused_naming_the_parameter() {
    assertRejected("sideEffect.parameters.warning", "invalid",
        () -> RecordTimers.none().apply(List.of(start(ACCEPTANCE, "PT8H", "business", "two hours")), MONDAY_10, OFFICE));
    for (String warning : List.of("PT8H", "PT9H", "-PT1H")) {
      assertRejected("sideEffect.parameters.warning", "range",
          () -> RecordTimers.none().apply(List.of(start(ACCEPTANCE, "PT8H", "business", warning)), MONDAY_10, OFFICE));
    }
  }

  @Test
  void a_timer_side_effect_without_its_parameters_is_refused_naming_the_missing_one() {
    assertRejected("sideEffect.parameters.timer", "required",
        () -> RecordTimers.none().apply(List.of(SideEffect.of(SideEffect.STOP_TIMER)), MONDAY_10, OFFICE));
    assertRejected("sideEffect.parameters.target", "required", () -> RecordTimers.none().apply(
        List.of(effect(SideEffect.START_TIMER, Map.of("timer", ACCEPTANCE, "time", "business"))), MONDAY_10, OFFICE));
    assertRejected("sideEffect.parameters.time", "required", () -> RecordTimers.none().apply(
        List.of(effect(SideEffect.START_TIMER, Map.of("timer", ACCEPTANCE, "target", "PT8H"))), MONDAY_10, OFFICE));
  }

  @Test
  void a_timer_name_too_long_or_with_a_control_character_is_refused_naming_the_parameter() {
    assertRejected("sideEffect.parameters.timer", "length",
        () -> RecordTimers.none().apply(List.of(SideEffect.stopTimer("t".repeat(101))), MONDAY_10, OFFICE));
    assertRejected("sideEffect.parameters.timer", "invalid",
        () -> RecordTimers.none().apply(List.of(SideEffect.stopTimer("sales\u0007acceptance")), MONDAY_10, OFFICE));
  }

  @Test
  void a_start_of_a_running_timer_is_checked_all_the_same() {
    RecordTimers timers = started(MONDAY_10);
    assertRejected("sideEffect.parameters.time", "unknown",
        () -> timers.apply(List.of(start(ACCEPTANCE, "PT8H", "weekdays")), berlin("2025-03-24T11:00"), OFFICE));
  }

  @Test
  void side_effects_at_an_instant_before_the_last_one_recorded_are_refused() {
    RecordTimers timers = started(MONDAY_10);
    var e = assertRejected("at", "order",
        () -> timers.apply(List.of(SideEffect.stopTimer(ACCEPTANCE)), berlin("2025-03-24T09:59"), OFFICE));
    assertThat(e.getMessage()).contains("time order");
  }

  @Test
  void missing_arguments_are_refused() {
    RecordTimers none = RecordTimers.none();
    assertRejected("sideEffects", "required", () -> none.apply(null, MONDAY_10, OFFICE));
    assertRejected("at", "required", () -> none.apply(List.of(), null, OFFICE));
    assertRejected("calendar", "required", () -> none.apply(List.of(), MONDAY_10, null));
    assertRejected("recordId", "required", () -> none.snapshot(null, MONDAY_10));
    assertRejected("asOf", "required", () -> none.readings(null));
  }

  @Test
  void the_parameters_read_are_those_the_shipped_lifecycles_emit() {
    assertThat(List.of(RecordTimers.TARGET, RecordTimers.TIME, RecordTimers.BUSINESS_TIME, RecordTimers.CALENDAR_TIME))
        .containsExactly(LifecycleTimers.TARGET, LifecycleTimers.TIME, LifecycleTimers.BUSINESS_TIME, LifecycleTimers.CALENDAR_TIME);
  }

  // --------------------------------------------------------------------- stored cycles

  @Test
  void cycles_that_do_not_tell_one_timer_story_are_refused() {
    SlaTarget target = SlaTarget.businessTime(Duration.ofHours(8), OFFICE);
    SlaTimer first = SlaTimer.start(ACCEPTANCE, 1, target, MONDAY_10);
    SlaTimer second = SlaTimer.start(ACCEPTANCE, 2, target, berlin("2025-03-24T14:00"));

    assertRejected("recordTimers.cycles", "overlap", () -> RecordTimers.of(List.of(first, second)));
    assertRejected("recordTimers.cycles", "order",
        () -> RecordTimers.of(List.of(first.stop(berlin("2025-03-24T15:00")), second)));
    assertRejected("recordTimers.cycles", "order", () -> RecordTimers.of(List.of(second)));
    assertRejected("recordTimers.cycles", "invalid", () -> new RecordTimers(Map.of("first-response", List.of(first))));
    assertRejected("recordTimers.cycles", "required", () -> new RecordTimers(Map.of(ACCEPTANCE, List.of())));
    assertThat(RecordTimers.of(List.of(second.stop(berlin("2025-03-24T15:00")), first.stop(berlin("2025-03-24T12:00"))))
        .cycles(ACCEPTANCE)).extracting(SlaTimer::cycle).containsExactly(1, 2);
    assertThat(RecordTimers.of(List.of())).isEqualTo(RecordTimers.none());
    assertThat(RecordTimers.none().current(ACCEPTANCE)).isEqualTo(Optional.empty());
  }
}
