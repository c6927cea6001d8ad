package io.crmkit.lifecycle.sla;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlinOffice;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.CaseId;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaTimerTest {
  private static final Instant START = Instant.parse("2025-03-24T09:00:00Z");
  private static final SlaTarget FOUR_HOURS = SlaTarget.calendarTime(Duration.ofHours(4));
  private static final SlaTarget FOUR_HOURS_WARNING_AN_HOUR_BEFORE = FOUR_HOURS.withWarningBefore(Duration.ofHours(1));
  private static final CaseId CASE = CaseId.of("case-1");

  private static SlaTimer aTimer() {
    return SlaTimer.start("resolution", 1, FOUR_HOURS_WARNING_AN_HOUR_BEFORE, START);
  }

  private static Instant hoursIn(double hours) {
    return START.plus(Duration.ofMinutes(Math.round(hours * 60)));
  }

  @Test
  void a_running_timer_counts_the_time_since_its_start() {
    SlaTimer timer = aTimer();
    assertThat(timer.elapsed(hoursIn(1))).isEqualTo(Duration.ofHours(1));
    assertThat(timer.remaining(hoursIn(1))).isEqualTo(Duration.ofHours(3));
    assertThat(timer.state(hoursIn(1))).isEqualTo(SlaState.RUNNING);
    assertThat(timer.state(START)).isEqualTo(SlaState.RUNNING);
  }

  @Test
  void a_timer_warns_within_its_warning_offset_and_is_breached_once_it_reaches_its_target() {
    SlaTimer timer = aTimer();
    assertThat(timer.state(hoursIn(2.9))).isEqualTo(SlaState.RUNNING);
    assertThat(timer.state(hoursIn(3))).isEqualTo(SlaState.WARNING);
    assertThat(timer.state(hoursIn(4))).isEqualTo(SlaState.BREACHED);
    assertThat(timer.warningAt()).contains(hoursIn(3));
    assertThat(timer.dueAt()).contains(hoursIn(4));
  }

  @Test
  void the_remaining_time_turns_negative_after_a_breach() {
    assertThat(aTimer().remaining(hoursIn(5.5))).isEqualTo(Duration.ofMinutes(-90));
  }

  @Test
  void a_pause_stops_the_count_and_moves_the_due_time() {
    // given
    SlaTimer timer = aTimer().pause(hoursIn(1)).resume(hoursIn(3));
    // then
    assertThat(timer.elapsed(hoursIn(2))).isEqualTo(Duration.ofHours(1));
    assertThat(timer.state(hoursIn(2))).isEqualTo(SlaState.PAUSED);
    assertThat(timer.elapsed(hoursIn(4))).isEqualTo(Duration.ofHours(2));
    assertThat(timer.dueAt()).contains(hoursIn(6));
    assertThat(timer.isPausedAt(hoursIn(3))).isFalse();
    assertThat(timer.isPausedAt(hoursIn(1))).isTrue();
  }

  @Test
  void a_timer_paused_now_has_no_due_time() {
    SlaTimer timer = aTimer().pause(hoursIn(1));
    assertThat(timer.isPaused()).isTrue();
    assertThat(timer.dueAt()).isEmpty();
    assertThat(timer.elapsed(hoursIn(100))).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void a_breached_timer_stays_breached_while_paused() {
    SlaTimer timer = aTimer().pause(hoursIn(5));
    assertThat(timer.state(hoursIn(6))).isEqualTo(SlaState.BREACHED);
  }

  @Test
  void a_paused_timer_within_its_warning_offset_is_paused() {
    assertThat(aTimer().pause(hoursIn(3.5)).state(hoursIn(5))).isEqualTo(SlaState.PAUSED);
  }

  @Test
  void a_timer_stopped_before_its_target_is_met_and_one_stopped_after_is_missed() {
    assertThat(aTimer().stop(hoursIn(3.5)).state(hoursIn(10))).isEqualTo(SlaState.MET);
    assertThat(aTimer().stop(hoursIn(3.5)).state(hoursIn(3))).isEqualTo(SlaState.WARNING);
    assertThat(aTimer().stop(hoursIn(5)).state(hoursIn(5))).isEqualTo(SlaState.MISSED);
    assertThat(aTimer().stop(hoursIn(4)).state(hoursIn(4))).as("stopped the moment it was due").isEqualTo(SlaState.MISSED);
    assertThat(aTimer().stop(hoursIn(5)).elapsed(hoursIn(9))).isEqualTo(Duration.ofHours(5));
  }

  @Test
  void stopping_a_paused_timer_ends_its_pause_at_the_stop() {
    SlaTimer timer = aTimer().pause(hoursIn(1)).stop(hoursIn(2));
    assertThat(timer.pauses()).containsExactly(SlaPause.between(hoursIn(1), hoursIn(2)));
    assertThat(timer.isPaused()).isFalse();
    assertThat(timer.state(hoursIn(2))).isEqualTo(SlaState.MET);
  }

  @Test
  void a_reopened_timer_counts_on_and_treats_its_stopped_time_as_a_pause() {
    SlaTimer timer = aTimer().stop(hoursIn(2)).reopen(hoursIn(10));
    assertThat(timer.isStopped()).isFalse();
    assertThat(timer.pauses()).containsExactly(SlaPause.between(hoursIn(2), hoursIn(10)));
    assertThat(timer.elapsed(hoursIn(11))).isEqualTo(Duration.ofHours(3));
    assertThat(timer.dueAt()).contains(hoursIn(12));
  }

  @Test
  void pausing_a_paused_timer_or_resuming_a_running_one_changes_nothing() {
    SlaTimer paused = aTimer().pause(hoursIn(1));
    assertThat(paused.pause(hoursIn(2))).isEqualTo(paused);
    assertThat(aTimer().resume(hoursIn(2))).isEqualTo(aTimer());
    SlaTimer stopped = aTimer().stop(hoursIn(1));
    assertThat(stopped.stop(hoursIn(2))).isEqualTo(stopped);
  }

  @Test
  void touching_pauses_are_joined_and_empty_ones_dropped() {
    SlaTimer timer = new SlaTimer("resolution", 1, FOUR_HOURS, START, List.of(
        SlaPause.between(hoursIn(1), hoursIn(2)), SlaPause.between(hoursIn(2), hoursIn(3)),
        SlaPause.between(hoursIn(4), hoursIn(4))), Optional.empty());
    assertThat(timer.pauses()).containsExactly(SlaPause.between(hoursIn(1), hoursIn(3)));
  }

  @Test
  void time_outside_business_hours_does_not_count_though_the_timer_keeps_running() {
    // given a timer of 8 business hours started on a Friday afternoon in Berlin
    SlaTimer timer = SlaTimer.start("sales-acceptance", 1, SlaTarget.businessTime(Duration.ofHours(8), berlinOffice()),
        berlin("2025-03-21T15:00"));
    // then
    assertThat(timer.elapsed(berlin("2025-03-22T12:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(timer.state(berlin("2025-03-22T12:00"))).isEqualTo(SlaState.RUNNING);
    assertThat(timer.dueAt()).contains(berlin("2025-03-24T15:00"));
  }

  @Test
  void a_timer_tells_its_warning_breach_and_late_stop_as_events_up_to_an_instant() {
    // given
    SlaTimer timer = aTimer().stop(hoursIn(5));
    // when
    List<SlaEvent> events = timer.events(CASE, hoursIn(10));
    // then
    assertThat(events).hasSize(3);
    assertThat(events.get(0)).isInstanceOfSatisfying(SlaWarningReached.class, w -> {
      assertThat(w.occurredAt()).isEqualTo(hoursIn(3));
      assertThat(w.remaining()).isEqualTo(Duration.ofHours(1));
      assertThat(w.recordId()).isEqualTo(CASE);
      assertThat(w.timerName()).isEqualTo("resolution");
    });
    assertThat(events.get(1)).isInstanceOfSatisfying(SlaBreached.class,
        b -> assertThat(b.occurredAt()).isEqualTo(hoursIn(4)));
    assertThat(events.get(2)).isInstanceOfSatisfying(SlaMissed.class, m -> {
      assertThat(m.lateBy()).isEqualTo(Duration.ofHours(1));
      assertThat(m.occurredAt()).isEqualTo(hoursIn(5));
    });
    assertThat(timer.events(CASE, hoursIn(3.5))).hasSize(1);
    assertThat(timer.events(CASE, hoursIn(10)).get(1).eventId()).isEqualTo(events.get(1).eventId());
  }

  @Test
  void a_timer_stopped_in_time_tells_that_it_was_met() {
    List<SlaEvent> events = SlaTimer.start("first-response", 1, FOUR_HOURS, START).stop(hoursIn(1)).events(CASE, hoursIn(9));
    assertThat(events).singleElement().isInstanceOfSatisfying(SlaMet.class, m -> {
      assertThat(m.elapsed()).isEqualTo(Duration.ofHours(1));
      assertThat(m.target()).isEqualTo(Duration.ofHours(4));
    });
  }

  @Test
  void events_of_different_records_timers_or_cycles_have_different_ids() {
    SlaTimer timer = SlaTimer.start("first-response", 1, FOUR_HOURS, START);
    SlaEvent breach = timer.events(CASE, hoursIn(9)).get(0);
    assertThat(timer.events(CaseId.of("case-2"), hoursIn(9)).get(0).eventId()).isNotEqualTo(breach.eventId());
    assertThat(SlaTimer.start("first-response", 2, FOUR_HOURS, START).events(CASE, hoursIn(9)).get(0).eventId())
        .isNotEqualTo(breach.eventId());
    assertThat(SlaTimer.start("resolution", 1, FOUR_HOURS, START).events(CASE, hoursIn(9)).get(0).eventId())
        .isNotEqualTo(breach.eventId());
  }

  @Test
  void a_timer_due_beyond_the_last_instant_a_calendar_knows_has_no_due_time() {
    SlaTimer late = SlaTimer.start("resolution", 1, FOUR_HOURS, BusinessCalendar.LATEST.minusSeconds(60));
    assertThat(late.dueAt()).isEmpty();
  }

  @Test
  void bad_timers_are_refused() {
    assertRejected("slaTimer.name", "required", () -> SlaTimer.start(" ", 1, FOUR_HOURS, START));
    assertRejected("slaTimer.name", "length", () -> SlaTimer.start("x".repeat(101), 1, FOUR_HOURS, START));
    assertRejected("slaTimer.name", "invalid", () -> SlaTimer.start("first\nresponse", 1, FOUR_HOURS, START));
    assertRejected("slaTimer.cycle", "range", () -> SlaTimer.start("resolution", 0, FOUR_HOURS, START));
    assertRejected("slaTimer.target", "required", () -> SlaTimer.start("resolution", 1, null, START));
    assertRejected("slaTimer.startedAt", "required", () -> SlaTimer.start("resolution", 1, FOUR_HOURS, null));
    assertRejected("slaTimer.startedAt", "range", () -> SlaTimer.start("resolution", 1, FOUR_HOURS, Instant.MAX));
  }

  @Test
  void pauses_out_of_order_overlapping_or_ongoing_before_the_last_are_refused() {
    assertRejected("slaTimer.pauses", "order", () -> new SlaTimer("resolution", 1, FOUR_HOURS, START,
        List.of(SlaPause.between(START.minusSeconds(1), START)), Optional.empty()));
    assertRejected("slaTimer.pauses", "overlap", () -> new SlaTimer("resolution", 1, FOUR_HOURS, START,
        List.of(SlaPause.between(hoursIn(1), hoursIn(3)), SlaPause.between(hoursIn(2), hoursIn(4))), Optional.empty()));
    assertRejected("slaTimer.pauses", "overlap", () -> new SlaTimer("resolution", 1, FOUR_HOURS, START,
        List.of(SlaPause.ongoing(hoursIn(1)), SlaPause.between(hoursIn(2), hoursIn(4))), Optional.empty()));
    assertRejected("slaTimer.stoppedAt", "order", () -> new SlaTimer("resolution", 1, FOUR_HOURS, START,
        List.of(SlaPause.between(hoursIn(1), hoursIn(3))), Optional.of(hoursIn(2))));
    assertRejected("slaTimer.stoppedAt", "order", () -> new SlaTimer("resolution", 1, FOUR_HOURS, START,
        List.of(), Optional.of(START.minusSeconds(1))));
    assertRejected("slaPause.until", "order", () -> SlaPause.between(hoursIn(2), hoursIn(1)));
    assertRejected("slaTimer.pauses", "required", () -> new SlaTimer("resolution", 1, FOUR_HOURS, START,
        java.util.Arrays.asList((SlaPause) null), Optional.empty()));
  }

  @Test
  void a_timer_refuses_to_change_before_its_last_recorded_instant_or_after_its_stop() {
    SlaTimer paused = aTimer().pause(hoursIn(2));
    assertRejected("slaTimer.at", "order", () -> paused.resume(hoursIn(1)));
    assertRejected("slaTimer.at", "order", () -> paused.stop(hoursIn(1)));
    assertRejected("slaTimer.at", "order", () -> aTimer().pause(START.minusSeconds(1)));
    assertRejected("slaTimer.at", "forbidden", () -> aTimer().stop(hoursIn(1)).pause(hoursIn(2)));
    assertRejected("slaTimer.at", "forbidden", () -> aTimer().reopen(hoursIn(2)));
    assertRejected("slaTimer.at", "order", () -> aTimer().stop(hoursIn(2)).reopen(hoursIn(1)));
    assertRejected("slaTimer.at", "required", () -> aTimer().pause(null));
  }

  @Test
  void a_timer_is_not_asked_about_instants_before_its_start() {
    assertRejected("slaTimer.at", "order", () -> aTimer().elapsed(START.minusSeconds(1)));
    assertRejected("slaTimer.at", "order", () -> aTimer().state(START.minusSeconds(1)));
    assertRejected("slaTimer.at", "required", () -> aTimer().remaining(null));
  }

  @Test
  void targets_are_more_than_zero_and_warn_before_they_are_reached() {
    assertRejected("slaTarget.duration", "range", () -> SlaTarget.calendarTime(Duration.ZERO));
    assertRejected("slaTarget.duration", "range", () -> SlaTarget.calendarTime(Duration.ofDays(36_501)));
    assertRejected("slaTarget.warningBefore", "range", () -> FOUR_HOURS.withWarningBefore(Duration.ofHours(4)));
    assertRejected("slaTarget.warningBefore", "range", () -> FOUR_HOURS.withWarningBefore(Duration.ofHours(-1)));
    assertRejected("slaTarget.calendar", "required", () -> SlaTarget.businessTime(Duration.ofHours(1), null));
    assertThat(FOUR_HOURS.isCalendarTime()).isTrue();
    assertThat(SlaTarget.businessTime(Duration.ofHours(8), berlinOffice()).isCalendarTime()).isFalse();
    assertThat(FOUR_HOURS_WARNING_AN_HOUR_BEFORE).hasToString("PT4H of calendar time, warning PT1H before");
  }

  @Test
  void events_refuse_bad_parts() {
    SlaEvent breach = SlaTimer.start("first-response", 1, FOUR_HOURS, START).events(CASE, hoursIn(9)).get(0);
    assertRejected("slaBreached.cycle", "range",
        () -> new SlaBreached(breach.eventId(), CASE, "first-response", 0, Duration.ofHours(4), START));
    assertRejected("slaMet.elapsed", "range",
        () -> new SlaMet(breach.eventId(), CASE, "first-response", 1, Duration.ofHours(-1), Duration.ofHours(4), START));
    assertRejected("slaMissed.recordId", "required",
        () -> new SlaMissed(breach.eventId(), null, "first-response", 1, Duration.ofHours(5), Duration.ofHours(4), START));
    assertRejected("slaWarningReached.timerName", "required",
        () -> new SlaWarningReached(breach.eventId(), CASE, " ", 1, Duration.ofHours(1), START));
  }
}
