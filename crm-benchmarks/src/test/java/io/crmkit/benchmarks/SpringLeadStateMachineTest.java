package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.benchmarks.SpringLeadStateMachine.LeadStage;
import io.crmkit.benchmarks.SpringLeadStateMachine.LeadTrigger;
import io.crmkit.benchmarks.SpringLeadStateMachine.Moves;
import io.crmkit.core.id.LeadId;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.Transition;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.lifecycle.shipped.B2bLeadOptions;
import io.crmkit.core.lead.FitGrade;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import org.springframework.statemachine.transition.TransitionKind;
import reactor.core.publisher.Mono;

/**
 * The peer's machine: the states, events and transitions of crmkit's shipped B2B lead lifecycle,
 * and the behaviours of Spring Statemachine that the benchmark's way of counting and restoring rests
 * on.
 */
class SpringLeadStateMachineTest {
  private static final B2bLeadOptions OPTIONS = B2bLeadOptions.defaults();

  private final Moves moves = new Moves();

  @Test
  void the_states_and_events_are_the_shipped_stages_and_triggers_in_the_same_order() {
    LifecycleDefinition<B2bJourney> crmkit = B2bLeadLifecycle.definition();

    assertThat(Arrays.stream(LeadStage.values()).map(LeadStage::stageName))
        .containsExactlyElementsOf(crmkit.stages().stream().map(s -> s.name().value()).toList());
    assertThat(Arrays.stream(LeadTrigger.values()).map(LeadTrigger::triggerName))
        .containsExactlyElementsOf(crmkit.triggers().stream().map(t -> t.name().value()).toList());
  }

  @Test
  void every_transition_of_the_shipped_definition_is_a_transition_of_the_machine_guarded_where_it_has_criteria() {
    Map<String, Boolean> guardedByCrmkit = new HashMap<>();
    for (Transition<B2bJourney> transition : B2bLeadLifecycle.definition().transitions()) {
      for (StageName from : transition.from()) {
        guardedByCrmkit.put(
            from.value() + " -" + transition.trigger().value() + "-> " + transition.to().value(),
            !transition.exitCriteria().isEmpty());
      }
    }

    for (StateMachine<LeadStage, LeadTrigger> machine : List.of(
        SpringLeadStateMachine.restorableMachine(OPTIONS, moves),
        SpringLeadStateMachine.factory(OPTIONS, moves).getStateMachine())) {
      Map<String, Boolean> guardedBySpring = new HashMap<>();
      machine.getTransitions().forEach(t -> {
        LeadStage target = t.getKind() == TransitionKind.INTERNAL ? t.getSource().getId() : t.getTarget().getId();
        guardedBySpring.put(
            t.getSource().getId().stageName() + " -" + t.getTrigger().getEvent().triggerName() + "-> "
                + target.stageName(),
            t.getGuard() != null);
        assertThat(t.getActions()).as("the actions of %s", t).hasSize(1);
      });
      assertThat(guardedBySpring).isEqualTo(guardedByCrmkit);
    }
  }

  @Test
  void a_guard_reads_the_journey_in_the_extended_state_with_the_options_threshold_and_fit() {
    StateMachine<LeadStage, LeadTrigger> strict = SpringLeadStateMachine.restorableMachine(
        OPTIONS.withMqlScoreThreshold(80).withMinimumFit(FitGrade.A), moves);
    StateMachine<LeadStage, LeadTrigger> usual = SpringLeadStateMachine.restorableMachine(OPTIONS, moves);
    B2bJourney journey = aJourney().withScore(60).withFit(FitGrade.B);

    restore(strict, journey, LeadStage.LEAD);
    restore(usual, journey, LeadStage.LEAD);
    send(strict, LeadTrigger.QUALIFY);
    send(usual, LeadTrigger.QUALIFY);

    assertThat(strict.getState().getId()).isEqualTo(LeadStage.LEAD);
    assertThat(usual.getState().getId()).isEqualTo(LeadStage.MQL);
  }

  @Test
  void spring_answers_accepted_when_a_guard_refuses_so_the_benchmark_counts_moves_by_an_action() {
    StateMachine<LeadStage, LeadTrigger> machine = SpringLeadStateMachine.restorableMachine(OPTIONS, moves);
    restore(machine, aJourney().withScore(59).withFit(FitGrade.A), LeadStage.LEAD);

    List<StateMachineEventResult<LeadStage, LeadTrigger>> results = send(machine, LeadTrigger.QUALIFY);

    assertThat(results).extracting(StateMachineEventResult::getResultType).containsExactly(ResultType.ACCEPTED);
    assertThat(machine.getState().getId()).isEqualTo(LeadStage.LEAD);
    assertThat(moves.taken()).isZero();
  }

  @Test
  void a_move_that_keeps_the_stage_is_counted_though_the_state_does_not_change() {
    StateMachine<LeadStage, LeadTrigger> machine = SpringLeadStateMachine.restorableMachine(OPTIONS, moves);
    restore(machine, aJourney().withKickoffOn(LocalDate.of(2026, 7, 1)), LeadStage.ONBOARDING);

    send(machine, LeadTrigger.BOOK_KICKOFF);

    assertThat(machine.getState().getId()).isEqualTo(LeadStage.ONBOARDING);
    assertThat(moves.taken()).isEqualTo(1);
  }

  @Test
  void an_event_that_leads_nowhere_from_the_state_is_denied_and_not_counted() {
    StateMachine<LeadStage, LeadTrigger> machine = SpringLeadStateMachine.restorableMachine(OPTIONS, moves);
    restore(machine, aJourney().withScore(90).withFit(FitGrade.A), LeadStage.LEAD);

    List<StateMachineEventResult<LeadStage, LeadTrigger>> results = send(machine, LeadTrigger.WIN);

    assertThat(results).extracting(StateMachineEventResult::getResultType).containsExactly(ResultType.DENIED);
    assertThat(machine.getState().getId()).isEqualTo(LeadStage.LEAD);
    assertThat(moves.taken()).isZero();
  }

  @Test
  void a_machine_of_the_factory_completes_at_a_terminal_stage_and_stays_there() {
    StateMachine<LeadStage, LeadTrigger> machine = SpringLeadStateMachine.factory(OPTIONS, moves).getStateMachine();
    restore(machine, aJourney(), LeadStage.SQL);

    send(machine, LeadTrigger.LOSE);
    send(machine, LeadTrigger.WIN);

    assertThat(machine.isComplete()).isTrue();
    assertThat(machine.getState().getId()).isEqualTo(LeadStage.CLOSED_LOST);
    assertThat(moves.taken()).isEqualTo(1);
  }

  @Test
  void spring_does_not_restart_a_completed_machine_so_the_restored_machine_has_no_end_states() {
    StateMachine<LeadStage, LeadTrigger> withEndStates = SpringLeadStateMachine.factory(OPTIONS, moves).getStateMachine();
    StateMachine<LeadStage, LeadTrigger> restorable = SpringLeadStateMachine.restorableMachine(OPTIONS, moves);

    for (StateMachine<LeadStage, LeadTrigger> machine : List.of(withEndStates, restorable)) {
      restore(machine, aJourney(), LeadStage.SQL);
      send(machine, LeadTrigger.LOSE);
      restore(machine, aJourney().withScore(90).withFit(FitGrade.A), LeadStage.LEAD);
      send(machine, LeadTrigger.QUALIFY);
    }

    assertThat(withEndStates.getState().getId()).as("a completed machine, restored and sent an event")
        .isEqualTo(LeadStage.LEAD);
    assertThat(restorable.getState().getId()).isEqualTo(LeadStage.MQL);
  }

  @Test
  void the_restorable_machine_refuses_every_event_at_a_terminal_stage() {
    for (LeadStage terminal : List.of(LeadStage.CLOSED_LOST, LeadStage.CHURNED)) {
      StateMachine<LeadStage, LeadTrigger> machine = SpringLeadStateMachine.restorableMachine(OPTIONS, moves);
      restore(machine, aJourney().withScore(100).withFit(FitGrade.A).withKickoffOn(LocalDate.of(2026, 7, 1)), terminal);
      for (LeadTrigger trigger : LeadTrigger.values()) {
        send(machine, trigger);
      }
      assertThat(machine.getState().getId()).isEqualTo(terminal);
    }
    assertThat(moves.taken()).isZero();
  }

  private static B2bJourney aJourney() {
    return B2bJourney.of(LeadId.of("lead-1"));
  }

  private static void restore(StateMachine<LeadStage, LeadTrigger> machine, B2bJourney journey, LeadStage stage) {
    DefaultExtendedState extended = new DefaultExtendedState();
    extended.getVariables().put(SpringLeadStateMachine.JOURNEY, journey);
    machine.stopReactively().block();
    machine.getStateMachineAccessor().doWithAllRegions(access -> access.resetStateMachineReactively(
        new DefaultStateMachineContext<>(stage, null, null, extended)).block());
    machine.startReactively().block();
  }

  private static List<StateMachineEventResult<LeadStage, LeadTrigger>> send(
      StateMachine<LeadStage, LeadTrigger> machine, LeadTrigger trigger) {
    return machine.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).collectList().block();
  }
}
