package io.crmkit.lifecycle.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.LeadId;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import io.crmkit.lifecycle.fixtures.CalendarArbitraries;
import io.crmkit.lifecycle.sla.SlaEvent;
import io.crmkit.lifecycle.sla.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rules of the timer side effects over random sequences of starts, stops, pauses and resumes of
 * two timers, against a model that knows only the rules: a start of a timer that ran opens its next
 * cycle and a start of a running one changes nothing; a stop, pause or resume of a timer that is not
 * running changes nothing; one cycle of a timer runs at a time.
 */
class RecordTimersProperties {
  private static final List<String> NAMES = List.of("first-touch", "kickoff-booking");
  private static final LeadId LEAD = LeadId.of("lead-1");

  /** One side effect of a sequence: what, to which timer, how long after the one before. */
  record Op(String kind, String timer, Duration gap) {
    SideEffect effect() {
      return kind.equals(SideEffect.START_TIMER)
          ? TimerFixtures.start(timer, "PT8H", timer.equals("first-touch") ? "business" : "calendar")
          : SideEffect.of(kind, Map.of(SideEffect.TIMER, timer));
    }
  }

  /** What the model knows of a timer: how many cycles it has had, and whether the last runs or is paused. */
  private static final class Model {
    int cycles;
    boolean running;
    boolean paused;
  }

  @Provide
  Arbitrary<List<Op>> sequences() {
    Arbitrary<String> kinds = Arbitraries.of(
        SideEffect.START_TIMER, SideEffect.STOP_TIMER, SideEffect.PAUSE_TIMER, SideEffect.RESUME_TIMER);
    Arbitrary<Duration> gaps = Arbitraries.longs().between(0, 3 * 86_400L).map(Duration::ofSeconds);
    return Combinators.combine(kinds, Arbitraries.of(NAMES), gaps).as(Op::new).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return CalendarArbitraries.calendars();
  }

  @Property(tries = 300)
  void timer_side_effects_follow_their_rules_and_every_cycle_adds_up_to_its_target(
      @ForAll("sequences") List<Op> ops, @ForAll("calendars") BusinessCalendar calendar) {
    Instant at = Instant.parse("2025-03-20T08:00:00Z");
    RecordTimers timers = RecordTimers.none();
    Map<String, Model> model = new HashMap<>();
    NAMES.forEach(n -> model.put(n, new Model()));

    for (Op op : ops) {
      at = at.plus(op.gap());
      Model m = model.get(op.timer());
      boolean changes = switch (op.kind()) {
        case SideEffect.START_TIMER -> !m.running;
        case SideEffect.STOP_TIMER -> m.running;
        case SideEffect.PAUSE_TIMER -> m.running && !m.paused;
        default -> m.running && m.paused;
      };
      // when
      RecordTimers next = timers.apply(List.of(op.effect()), at, calendar);
      // then the timers changed exactly when the rules say so
      if (changes) {
        assertThat(next).isNotEqualTo(timers);
      } else {
        assertThat(next).isSameAs(timers);
      }
      switch (op.kind()) {
        case SideEffect.START_TIMER -> {
          if (!m.running) {
            m.cycles++;
            m.running = true;
            m.paused = false;
          }
        }
        case SideEffect.STOP_TIMER -> {
          m.running = false;
          m.paused = false;
        }
        case SideEffect.PAUSE_TIMER -> m.paused = m.running;
        default -> m.paused = false;
      }
      timers = next;
      for (String name : NAMES) {
        Model expected = model.get(name);
        assertThat(timers.cycles(name)).hasSize(expected.cycles);
        timers.current(name).ifPresent(t -> {
          assertThat(t.isStopped()).isEqualTo(!expected.running);
          assertThat(t.isPaused()).isEqualTo(expected.paused);
        });
      }
    }
    // and at the end, every cycle's remaining plus elapsed is its target
    Instant asOf = at.plus(Duration.ofDays(1));
    for (SlaTimer t : timers.all()) {
      assertThat(t.remaining(asOf).plus(t.elapsed(asOf))).isEqualTo(t.target().duration());
    }
    // and each event belongs to a cycle the timers hold
    for (SlaEvent e : timers.events(LEAD, asOf)) {
      assertThat(timers.cycles(e.timerName())).extracting(SlaTimer::cycle).contains(e.cycle());
    }
  }
}
