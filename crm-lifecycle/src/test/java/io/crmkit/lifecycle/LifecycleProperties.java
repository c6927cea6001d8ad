package io.crmkit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.UserId;
import io.crmkit.lifecycle.TransitionResult.Accepted;
import io.crmkit.lifecycle.TransitionResult.Rejected;
import io.crmkit.lifecycle.fixtures.Facts;
import io.crmkit.lifecycle.fixtures.RandomLifecycles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine's invariants over random lifecycles and random sequences of triggers: a record never
 * leaves the declared graph, every accepted move emits its events, the outcome is what the declared
 * rules say, an automation never moves a record back, and the audit adds up to the time elapsed.
 */
class LifecycleProperties {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Actor PERSON = Actor.person(UserId.of("grace"));
  private static final Actor AUTOMATION = Actor.automation("sync");

  /**
   * One request of a random walk: which trigger, what the record knows, who asks (0: an automation,
   * 1: a person, 2: a person giving a reason, 3: an automation giving a reason), minutes after the
   * step before.
   */
  record Step(int trigger, Facts facts, int who, int minutesLater) {
    Actor actor() {
      return who == 0 || who == 3 ? AUTOMATION : PERSON;
    }

    Optional<String> reason() {
      return who >= 2 ? Optional.of("customer asked") : Optional.empty();
    }
  }

  /** What one walk saw: each step's state before, request, time and result. */
  record Walk(List<LifecycleState> before, List<Step> steps, List<Instant> times, List<TransitionResult> results,
              List<AuditRecord> history, LifecycleState last, Instant end) {}

  @Property
  void a_random_sequence_of_triggers_never_leaves_the_declared_graph(
      @ForAll("lifecycles") LifecycleDefinition<Facts> lifecycle, @ForAll("steps") List<Step> steps) {
    Walk walk = walk(lifecycle, steps);

    for (int i = 0; i < steps.size(); i++) {
      LifecycleState before = walk.before().get(i);
      assertThat(lifecycle.stage(before.stage())).isPresent();
      if (walk.results().get(i) instanceof Accepted accepted) {
        assertThat(declared(lifecycle, accepted.from(), accepted.trigger()))
            .as("a declared transition from %s by %s", accepted.from(), accepted.trigger())
            .map(Transition::to)
            .contains(accepted.to());
        assertThat(accepted.from()).isEqualTo(before.stage());
        assertThat(accepted.state().stage()).isEqualTo(accepted.to());
      } else {
        assertThat(i + 1 < steps.size() ? walk.before().get(i + 1) : walk.last()).isEqualTo(before);
      }
    }
  }

  @Property
  void every_accepted_move_emits_its_events_side_effects_and_audit(
      @ForAll("lifecycles") LifecycleDefinition<Facts> lifecycle, @ForAll("steps") List<Step> steps) {
    Walk walk = walk(lifecycle, steps);

    for (int i = 0; i < steps.size(); i++) {
      if (!(walk.results().get(i) instanceof Accepted accepted)) {
        continue;
      }
      Step step = steps.get(i);
      Instant at = walk.times().get(i);
      Transition<Facts> transition = declared(lifecycle, accepted.from(), accepted.trigger()).orElseThrow();
      StageDefinition from = lifecycle.stage(accepted.from()).orElseThrow();
      StageDefinition to = lifecycle.stage(accepted.to()).orElseThrow();
      boolean keeps = from.equals(to);
      boolean back = to.rank() < from.rank();

      List<LifecycleEvent> events = new ArrayList<>();
      List<SideEffect> effects = new ArrayList<>();
      if (!keeps) {
        events.add(new StageChanged(lifecycle.name(), from.name(), to.name(), transition.trigger(), back, step.actor(), at));
        effects.addAll(from.onExit());
      }
      transition.events().forEach(event -> events.add(new NamedEventOccurred(
          lifecycle.name(), event, from.name(), to.name(), transition.trigger(), step.actor(), at)));
      effects.addAll(transition.sideEffects());
      if (!keeps) {
        effects.addAll(to.onEnter());
      }
      assertThat(accepted.events()).isEqualTo(events);
      assertThat(accepted.sideEffects()).isEqualTo(effects);
      assertThat(accepted.audit()).isEqualTo(AuditRecord.move(
          step.actor(), at, from.name(), to.name(), transition.trigger(), back, step.reason()));
      assertThat(accepted.state()).isEqualTo(keeps ? walk.before().get(i) : LifecycleState.of(to.name(), at));
    }
  }

  @Property
  void the_outcome_and_every_violation_are_what_the_declared_rules_say(
      @ForAll("lifecycles") LifecycleDefinition<Facts> lifecycle, @ForAll("steps") List<Step> steps) {
    Walk walk = walk(lifecycle, steps);

    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      StageName stage = walk.before().get(i).stage();
      TriggerName trigger = trigger(lifecycle, step);
      Optional<Transition<Facts>> transition = declared(lifecycle, stage, trigger);
      List<CriterionId> expected = new ArrayList<>();
      if (transition.isEmpty()) {
        expected.add(CriterionId.TRIGGER_LEADS_OUT);
      } else {
        if (lifecycle.isBackward(stage, transition.get().to())) {
          if (!step.actor().isPerson()) {
            expected.add(CriterionId.NO_AUTOMATIC_MOVE_BACK);
          } else if (step.reason().isEmpty()) {
            expected.add(CriterionId.REASON_FOR_MOVE_BACK);
          }
        }
        for (ExitCriterion<Facts> criterion : transition.get().exitCriteria()) {
          criterion.check(step.facts()).forEach(v -> expected.add(v.criterion()));
        }
      }
      TransitionResult result = walk.results().get(i);
      if (expected.isEmpty()) {
        assertThat(result).isInstanceOf(Accepted.class);
      } else {
        assertThat(result).isInstanceOf(Rejected.class);
        assertThat(((Rejected) result).violations()).extracting(Violation::criterion).isEqualTo(expected);
      }
    }
  }

  @Property
  void an_automation_never_moves_a_record_back(
      @ForAll("lifecycles") LifecycleDefinition<Facts> lifecycle, @ForAll("steps") List<Step> steps) {
    Walk walk = walk(lifecycle, steps);

    for (int i = 0; i < steps.size(); i++) {
      if (walk.results().get(i) instanceof Accepted accepted && !steps.get(i).actor().isPerson()) {
        assertThat(lifecycle.isBackward(accepted.from(), accepted.to())).isFalse();
        assertThat(accepted.audit().backward()).isFalse();
      }
    }
  }

  @Property
  void the_triggers_offered_are_those_that_lead_out_and_are_ready_exactly_when_a_person_would_be_let_through(
      @ForAll("lifecycles") LifecycleDefinition<Facts> lifecycle, @ForAll("steps") List<Step> steps) {
    Walk walk = walk(lifecycle, steps);

    for (int i = 0; i < steps.size(); i++) {
      LifecycleState state = walk.before().get(i);
      Facts facts = steps.get(i).facts();
      for (AvailableTrigger offered : lifecycle.availableTriggers(state, facts)) {
        TransitionResult byPerson = lifecycle.transition(state, offered.trigger(), facts, START, PERSON, "asked");
        assertThat(byPerson.isAccepted()).isEqualTo(offered.isReady());
        assertThat(declared(lifecycle, state.stage(), offered.trigger()).map(Transition::to)).contains(offered.target());
      }
      long leadingOut = lifecycle.triggers().stream()
          .filter(t -> declared(lifecycle, state.stage(), t.name()).isPresent())
          .count();
      assertThat(lifecycle.availableTriggers(state, facts)).hasSize((int) leadingOut);
    }
  }

  @Property
  void the_time_in_each_stage_adds_up_to_the_time_since_entry(
      @ForAll("lifecycles") LifecycleDefinition<Facts> lifecycle, @ForAll("steps") List<Step> steps) {
    Walk walk = walk(lifecycle, steps);

    TimeInStage times = TimeInStage.of(walk.history(), walk.end());

    assertThat(times.total()).isEqualTo(Duration.between(START, walk.end()));
    assertThat(times.in(walk.last().stage())).isGreaterThanOrEqualTo(walk.last().timeInStage(walk.end()));
  }

  private static Walk walk(LifecycleDefinition<Facts> lifecycle, List<Step> steps) {
    LifecycleStart start = lifecycle.start(lifecycle.entryStages().get(steps.size() % lifecycle.entryStages().size()), START, PERSON);
    List<LifecycleState> before = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    List<TransitionResult> results = new ArrayList<>();
    List<AuditRecord> history = new ArrayList<>(List.of(start.audit()));
    LifecycleState state = start.state();
    Instant at = START;
    for (Step step : steps) {
      at = at.plus(Duration.ofMinutes(step.minutesLater()));
      before.add(state);
      times.add(at);
      TriggerName trigger = trigger(lifecycle, step);
      TransitionResult result = step.reason().isPresent()
          ? lifecycle.transition(state, trigger, step.facts(), at, step.actor(), step.reason().get())
          : lifecycle.transition(state, trigger, step.facts(), at, step.actor());
      results.add(result);
      if (result instanceof Accepted accepted) {
        state = accepted.state();
        history.add(accepted.audit());
      }
    }
    return new Walk(before, steps, times, results, history, state, at.plus(Duration.ofMinutes(1)));
  }

  private static TriggerName trigger(LifecycleDefinition<Facts> lifecycle, Step step) {
    List<TriggerDefinition> triggers = lifecycle.triggers();
    return triggers.isEmpty() ? TriggerName.of("t0") : triggers.get(step.trigger() % triggers.size()).name();
  }

  private static Optional<Transition<Facts>> declared(LifecycleDefinition<Facts> lifecycle, StageName from, TriggerName trigger) {
    return lifecycle.transitions().stream()
        .filter(t -> t.trigger().equals(trigger) && t.from().contains(from))
        .findFirst();
  }

  @Provide
  Arbitrary<LifecycleDefinition<Facts>> lifecycles() {
    return RandomLifecycles.lifecycles().filter(l -> !l.triggers().isEmpty());
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10),
            RandomLifecycles.facts(),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 600))
        .as(Step::new)
        .list()
        .ofMaxSize(30);
  }
}
