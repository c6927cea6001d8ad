package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.benchmarks.SpringLeadStateMachine.LeadStage;
import io.crmkit.benchmarks.SpringLeadStateMachine.LeadTrigger;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.Transition;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The peer's machine: the same states, events and transitions as crmkit's definition, and the
 * behaviours of Spring Statemachine that the benchmark's way of counting and restoring rests on.
 */
class SpringLeadStateMachineTest {

  @Test
  void the_states_and_events_are_crmkits_stages_and_triggers_in_the_same_order() {
    assertThat(Arrays.stream(LeadStage.values()).map(LeadStage::stageName))
        .containsExactlyElementsOf(B2bLeadLifecycleForBenchmark.STAGES.stream().map(s -> StageName.of(s).value()).toList());
    assertThat(Arrays.stream(LeadTrigger.values()).map(LeadTrigger::triggerName))
        .containsExactlyElementsOf(B2bLeadLifecycleForBenchmark.TRIGGERS);
  }

  @Test
  void every_transition_of_crmkits_definition_is_a_guarded_transition_of_the_machine_and_no_other() {
    LifecycleDefinition<SampleLead> crmkit = B2bLeadLifecycleForBenchmark.definition();
    Set<String> expected = new HashSet<>();
    for (Transition<SampleLead> transition : crmkit.transitions()) {
      for (StageName from : transition.from()) {
        expected.add(from.value() + " -" + transition.trigger().value() + "-> " + transition.to().value());
      }
    }

    for (StateMachine<LeadStage, LeadTrigger> machine
        : List.of(SpringLeadStateMachine.restorableMachine(), SpringLeadStateMachine.factory().getStateMachine())) {
      Set<String> declared = new HashSet<>();
      machine.getTransitions().forEach(t -> {
        assertThat(t.getGuard()).as("the guard of %s", t).isNotNull();
        declared.add(t.getSource().getId().stageName() + " -" + t.getTrigger().getEvent().triggerName() + "-> "
            + t.getTarget().getId().stageName());
      });
      assertThat(declared).isEqualTo(expected);
    }
  }

  @Test
  void a_guard_reads_the_lead_in_the_extended_state() {
    StateMachine<LeadStage, LeadTrigger> machine = startedWith(SampleLead.scored(60, true));

    send(machine, LeadTrigger.QUALIFY);

    assertThat(machine.getState().getId()).isEqualTo(LeadStage.MQL);
  }

  @Test
  void spring_answers_accepted_when_a_guard_refuses_so_the_benchmark_counts_a_move_by_the_state() {
    StateMachine<LeadStage, LeadTrigger> machine = startedWith(SampleLead.scored(59, true));

    List<StateMachineEventResult<LeadStage, LeadTrigger>> results = send(machine, LeadTrigger.QUALIFY);

    assertThat(results).extracting(StateMachineEventResult::getResultType).containsExactly(ResultType.ACCEPTED);
    assertThat(machine.getState().getId()).isEqualTo(LeadStage.LEAD);
  }

  @Test
  void an_event_that_leads_nowhere_from_the_state_is_denied() {
    StateMachine<LeadStage, LeadTrigger> machine = startedWith(SampleLead.scored(90, true));

    List<StateMachineEventResult<LeadStage, LeadTrigger>> results = send(machine, LeadTrigger.WIN);

    assertThat(results).extracting(StateMachineEventResult::getResultType).containsExactly(ResultType.DENIED);
    assertThat(machine.getState().getId()).isEqualTo(LeadStage.LEAD);
  }

  @Test
  void a_machine_of_the_factory_completes_at_a_terminal_stage_and_stays_there() {
    StateMachine<LeadStage, LeadTrigger> machine = SpringLeadStateMachine.factory().getStateMachine();
    machine.getExtendedState().getVariables().put(SpringLeadStateMachine.LEAD, SampleLead.scored(90, false));
    machine.startReactively().block();

    send(machine, LeadTrigger.DISQUALIFY);
    send(machine, LeadTrigger.QUALIFY);

    assertThat(machine.isComplete()).isTrue();
    assertThat(machine.getState().getId()).isEqualTo(LeadStage.DISQUALIFIED);
  }

  @Test
  void spring_does_not_restart_a_completed_machine_so_the_restored_machine_has_no_end_states() {
    StateMachine<LeadStage, LeadTrigger> withEndStates = SpringLeadStateMachine.factory().getStateMachine();
    StateMachine<LeadStage, LeadTrigger> restorable = SpringLeadStateMachine.restorableMachine();

    for (StateMachine<LeadStage, LeadTrigger> machine : List.of(withEndStates, restorable)) {
      restore(machine, SampleLead.scored(90, false));
      send(machine, LeadTrigger.DISQUALIFY);
      restore(machine, SampleLead.scored(90, true));
      send(machine, LeadTrigger.QUALIFY);
    }

    assertThat(withEndStates.getState().getId()).as("a completed machine, restored and sent an event")
        .isEqualTo(LeadStage.LEAD);
    assertThat(restorable.getState().getId()).isEqualTo(LeadStage.MQL);
  }

  @Test
  void the_restorable_machine_refuses_every_event_at_a_terminal_stage() {
    SampleLead everything = SampleLead.scored(100, false).withRejectionReason("late").withLossReason("price");

    for (LeadStage terminal : List.of(LeadStage.DISQUALIFIED, LeadStage.SALES_REJECTED, LeadStage.CLOSED_LOST)) {
      StateMachine<LeadStage, LeadTrigger> machine = SpringLeadStateMachine.restorableMachine();
      restore(machine, everything, terminal);
      for (LeadTrigger trigger : LeadTrigger.values()) {
        send(machine, trigger);
      }
      assertThat(machine.getState().getId()).isEqualTo(terminal);
    }
  }

  private static StateMachine<LeadStage, LeadTrigger> startedWith(SampleLead lead) {
    StateMachine<LeadStage, LeadTrigger> machine = SpringLeadStateMachine.restorableMachine();
    restore(machine, lead);
    return machine;
  }

  private static void restore(StateMachine<LeadStage, LeadTrigger> machine, SampleLead lead) {
    restore(machine, lead, LeadStage.LEAD);
  }

  private static void restore(StateMachine<LeadStage, LeadTrigger> machine, SampleLead lead, LeadStage stage) {
    DefaultExtendedState extended = new DefaultExtendedState();
    extended.getVariables().put(SpringLeadStateMachine.LEAD, lead);
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
