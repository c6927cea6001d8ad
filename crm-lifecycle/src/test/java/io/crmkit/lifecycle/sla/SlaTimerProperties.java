package io.crmkit.lifecycle.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.CaseId;
import io.crmkit.lifecycle.fixtures.SlaArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;

class SlaTimerProperties {
  private static final CaseId CASE = CaseId.of("case-1");

  @Property
  void remaining_plus_elapsed_is_the_target(@ForAll("timersWithInstants") Tuple2<SlaTimer, Instant> given) {
    SlaTimer timer = given.get1();
    Instant at = given.get2();
    assertThat(timer.remaining(at).plus(timer.elapsed(at))).isEqualTo(timer.target().duration());
  }

  @Property
  void elapsed_time_never_runs_backwards_nor_exceeds_the_time_that_passed(
      @ForAll("timersWithTwoInstants") Tuple3<SlaTimer, Instant, Instant> given) {
    SlaTimer timer = given.get1();
    Instant earlier = given.get2();
    Instant later = given.get3();
    assertThat(timer.elapsed(later)).isGreaterThanOrEqualTo(timer.elapsed(earlier));
    assertThat(timer.elapsed(later).minus(timer.elapsed(earlier))).isLessThanOrEqualTo(Duration.between(earlier, later));
  }

  @Property
  void no_time_counts_while_paused(@ForAll("timersWithInstants") Tuple2<SlaTimer, Instant> given) {
    SlaTimer timer = given.get1();
    Instant at = given.get2();
    for (SlaPause pause : timer.pauses()) {
      if (pause.covers(at)) {
        assertThat(timer.elapsed(at)).isEqualTo(timer.elapsed(pause.from()));
      }
    }
  }

  @Property
  void pausing_never_makes_elapsed_time_shorter_than_before_the_pause_nor_counts_time_while_paused(
      @ForAll("runningTimersWithPauses") Tuple3<SlaTimer, Instant, Instant> given) {
    // given a running timer paused from one instant and asked about another
    SlaTimer timer = given.get1();
    Instant pausedAt = given.get2();
    Instant at = given.get3();
    // when
    SlaTimer paused = timer.pause(pausedAt);
    // then what was counted before the pause stays, and nothing is added while it lasts
    if (!at.isBefore(pausedAt)) {
      assertThat(paused.elapsed(at)).isEqualTo(timer.elapsed(pausedAt));
    } else {
      assertThat(paused.elapsed(at)).isEqualTo(timer.elapsed(at));
    }
    assertThat(paused.elapsed(at)).isLessThanOrEqualTo(timer.elapsed(at));
  }

  @Property
  void a_pause_that_ended_takes_off_exactly_the_business_time_it_covered(
      @ForAll("runningTimersWithPauses") Tuple3<SlaTimer, Instant, Instant> given) {
    SlaTimer timer = given.get1();
    Instant from = given.get2();
    Instant until = given.get3().isAfter(from) ? given.get3() : from;
    Instant at = until.plus(Duration.ofHours(5));
    SlaTimer paused = timer.pause(from).resume(until);
    assertThat(timer.elapsed(at).minus(paused.elapsed(at)))
        .isEqualTo(timer.target().calendar().businessTimeBetween(from, until));
  }

  @Property
  void a_timer_is_breached_from_its_due_time_on_and_not_before(@ForAll("timers") SlaTimer timer) {
    timer.dueAt().ifPresent(due -> {
      assertThat(timer.elapsed(due)).isEqualTo(timer.target().duration());
      assertThat(timer.state(due).isBreached()).isTrue();
      Instant justBefore = due.minusNanos(1);
      if (!justBefore.isBefore(timer.startedAt())) {
        assertThat(timer.state(justBefore).isBreached()).isFalse();
      }
    });
  }

  @Property
  void a_timer_warns_from_its_warning_time_on(@ForAll("timers") SlaTimer timer) {
    timer.warningAt().ifPresent(warning -> {
      assertThat(timer.remaining(warning)).isEqualTo(timer.target().warningBefore());
      assertThat(timer.state(warning)).isIn(SlaState.WARNING, SlaState.PAUSED, SlaState.MET, SlaState.MISSED);
    });
  }

  @Property
  void the_state_follows_elapsed_time_pauses_and_stop(@ForAll("timersWithInstants") Tuple2<SlaTimer, Instant> given) {
    SlaTimer timer = given.get1();
    Instant at = given.get2();
    boolean stopped = timer.stoppedAt().filter(stop -> !at.isBefore(stop)).isPresent();
    boolean reached = timer.elapsed(at).compareTo(timer.target().duration()) >= 0;
    SlaState state = timer.state(at);
    assertThat(state.isStopped()).isEqualTo(stopped);
    assertThat(state.isBreached()).isEqualTo(reached);
    if (!stopped && !reached) {
      assertThat(state == SlaState.PAUSED).isEqualTo(timer.isPausedAt(at));
    }
  }

  @Property
  void a_stopped_timer_counts_no_more(@ForAll("timersWithInstants") Tuple2<SlaTimer, Instant> given) {
    SlaTimer timer = given.get1();
    timer.stoppedAt().filter(stop -> !given.get2().isBefore(stop))
        .ifPresent(stop -> assertThat(timer.elapsed(given.get2())).isEqualTo(timer.elapsed(stop)));
  }

  @Property
  void events_seen_once_are_seen_again_later_with_the_same_ids(
      @ForAll("timersWithTwoInstants") Tuple3<SlaTimer, Instant, Instant> given) {
    List<SlaEvent> earlier = given.get1().events(CASE, given.get2());
    List<SlaEvent> later = given.get1().events(CASE, given.get3());
    assertThat(later).containsAll(earlier);
    assertThat(later).allSatisfy(e -> assertThat(e.occurredAt()).isBeforeOrEqualTo(given.get3()));
  }

  @Property
  void a_timer_rebuilt_from_its_parts_is_equal(@ForAll("timers") SlaTimer timer) {
    SlaTimer copy = new SlaTimer(timer.name(), timer.cycle(), timer.target(), timer.startedAt(), timer.pauses(),
        timer.stoppedAt());
    assertThat(copy).isEqualTo(timer).hasSameHashCodeAs(timer);
  }

  @Provide
  Arbitrary<SlaTimer> timers() {
    return SlaArbitraries.timers();
  }

  @Provide
  Arbitrary<Tuple2<SlaTimer, Instant>> timersWithInstants() {
    return SlaArbitraries.timersWithInstants();
  }

  @Provide
  Arbitrary<Tuple3<SlaTimer, Instant, Instant>> timersWithTwoInstants() {
    return SlaArbitraries.timers().flatMap(t -> Combinators.combine(SlaArbitraries.instantsFrom(t),
            SlaArbitraries.instantsFrom(t))
        .as((a, b) -> a.isAfter(b) ? Tuple.of(t, b, a) : Tuple.of(t, a, b)));
  }

  @Provide
  Arbitrary<Tuple3<SlaTimer, Instant, Instant>> runningTimersWithPauses() {
    return SlaArbitraries.runningTimers().filter(t -> !t.isPaused()).flatMap(t -> Combinators.combine(
            Arbitraries.longs().between(0, 3 * 86_400L).map(s -> t.lastRecordedAt().plusSeconds(s)),
            SlaArbitraries.instantsFrom(t).map(i -> i.plus(Duration.ofDays(1))))
        .as((pausedAt, at) -> Tuple.of(t, pausedAt, at)));
  }
}
