package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.benchmarks.SpringLeadStateMachine.LeadStage;
import io.crmkit.benchmarks.SpringLeadStateMachine.LeadTrigger;
import io.crmkit.benchmarks.SpringLeadStateMachine.Moves;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.lifecycle.shipped.B2bLeadOptions;
import io.crmkit.core.lead.FitGrade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * Whatever the lead's journey, the options, the stage it starts in and the triggers it is sent,
 * crmkit's shipped B2B lead lifecycle and the peer's Spring machine built from the same options
 * move it alike at every step: the benchmark compares like with like.
 */
class LeadLifecyclesAgreeProperties {
  private static final Instant AT = Instant.parse("2026-04-04T09:00:00Z");

  @Property(tries = 300)
  void crmkit_and_spring_statemachine_move_a_lead_alike_at_every_step(
      @ForAll("journeys") B2bJourney journey,
      @ForAll("options") B2bLeadOptions options,
      @ForAll LeadStage start,
      @ForAll("scripts") List<LeadTrigger> triggers) {
    LifecycleDefinition<B2bJourney> crmkit = B2bLeadLifecycle.definition(options);
    Moves moves = new Moves();
    StateMachine<LeadStage, LeadTrigger> spring = SpringLeadStateMachine.restorableMachine(options, moves);
    LifecycleState state = LifecycleState.of(StageName.of(start.stageName()), AT);
    restore(spring, journey, start);

    for (LeadTrigger trigger : triggers) {
      long movesBefore = moves.taken();
      TransitionResult result = crmkit.transition(state, TriggerName.of(trigger.triggerName()), journey, AT);
      spring.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).blockLast();

      if (result instanceof TransitionResult.Accepted moved) {
        state = moved.state();
      }
      assertThat(moves.taken() - movesBefore).as("Spring's moves on %s", trigger).isEqualTo(result.isAccepted() ? 1 : 0);
      assertThat(spring.getState().getId().stageName()).isEqualTo(state.stage().value());
    }
  }

  @Provide
  Arbitrary<List<LeadTrigger>> scripts() {
    return Arbitraries.of(LeadTrigger.class).list().ofMaxSize(15);
  }

  @Provide
  Arbitrary<B2bLeadOptions> options() {
    return Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.of(FitGrade.class))
        .as((threshold, fit) -> B2bLeadOptions.defaults().withMqlScoreThreshold(threshold).withMinimumFit(fit));
  }

  @Provide
  Arbitrary<B2bJourney> journeys() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 100).optional(),
            Arbitraries.of(FitGrade.class).optional(),
            Arbitraries.integers().between(0, 15))
        .as(LeadLifecyclesAgreeProperties::journey);
  }

  /** A journey whose facts after score and fit are present where the bits of {@code facts} are set. */
  private static B2bJourney journey(Optional<Integer> score, Optional<FitGrade> fit, int facts) {
    return new B2bJourney(
        LeadId.of("lead-1"),
        score.map(OptionalInt::of).orElse(OptionalInt.empty()),
        fit,
        (facts & 1) == 0 ? Optional.empty() : Optional.of("no budget"),
        (facts & 2) == 0 ? Optional.empty() : Optional.of(OpportunityId.of("opp-1")),
        (facts & 4) == 0 ? Optional.empty() : Optional.of(AT.plusSeconds(3_600)),
        (facts & 8) == 0 ? Optional.empty() : Optional.of(LocalDate.of(2026, 5, 4)));
  }

  private static void restore(StateMachine<LeadStage, LeadTrigger> spring, B2bJourney journey, LeadStage stage) {
    DefaultExtendedState extended = new DefaultExtendedState();
    extended.getVariables().put(SpringLeadStateMachine.JOURNEY, journey);
    spring.stopReactively().block();
    spring.getStateMachineAccessor().doWithAllRegions(access -> access.resetStateMachineReactively(
        new DefaultStateMachineContext<>(stage, null, null, extended)).block());
    spring.startReactively().block();
  }
}
