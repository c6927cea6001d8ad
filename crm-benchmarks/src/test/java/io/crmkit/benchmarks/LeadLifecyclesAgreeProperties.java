package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.benchmarks.SpringLeadStateMachine.LeadStage;
import io.crmkit.benchmarks.SpringLeadStateMachine.LeadTrigger;
import io.crmkit.core.id.UserId;
import io.crmkit.core.value.Money;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * Whatever the lead's facts, the stage it starts in and the triggers it is sent, crmkit's
 * definition and the peer's Spring machine move it alike at every step: the benchmark compares
 * like with like.
 */
class LeadLifecyclesAgreeProperties {
  private static final Instant AT = Instant.parse("2026-04-04T09:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  private final LifecycleDefinition<SampleLead> crmkit = B2bLeadLifecycleForBenchmark.definition();
  private final StateMachine<LeadStage, LeadTrigger> spring = SpringLeadStateMachine.restorableMachine();

  @Property(tries = 300)
  void crmkit_and_spring_statemachine_move_a_lead_alike_at_every_step(
      @ForAll("leads") SampleLead lead,
      @ForAll LeadStage start,
      @ForAll("scripts") List<Integer> triggers) {
    LifecycleState state = LifecycleState.of(StageName.of(start.stageName()), AT);
    restore(lead, start);

    for (int trigger : triggers) {
      TransitionResult result = crmkit.transition(
          state, TriggerName.of(B2bLeadLifecycleForBenchmark.TRIGGERS.get(trigger)), lead, AT);
      LeadStage before = spring.getState().getId();
      spring.sendEvent(Mono.just(MessageBuilder.withPayload(LeadTrigger.values()[trigger]).build())).blockLast();
      LeadStage after = spring.getState().getId();

      if (result instanceof TransitionResult.Accepted moved) {
        state = moved.state();
      }
      assertThat(after != before).as("Spring moved on %s", LeadTrigger.values()[trigger]).isEqualTo(result.isAccepted());
      assertThat(after.stageName()).isEqualTo(state.stage().value());
    }
  }

  @Provide
  Arbitrary<List<Integer>> scripts() {
    return Arbitraries.integers().between(0, B2bLeadLifecycleForBenchmark.TRIGGERS.size() - 1).list().ofMaxSize(15);
  }

  @Provide
  Arbitrary<SampleLead> leads() {
    return Combinators.combine(
            Arbitraries.integers().between(0, SampleLead.MAX_SCORE),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 255))
        .as(LeadLifecyclesAgreeProperties::lead);
  }

  /** A lead whose optional facts are present where the bits of {@code facts} are set. */
  private static SampleLead lead(int score, boolean fits, int facts) {
    SampleLead lead = SampleLead.scored(score, fits);
    lead = (facts & 1) == 0 ? lead : lead.withOwner(UserId.of("rep-7"));
    lead = (facts & 2) == 0 ? lead : lead.withRejectionReason("no budget");
    lead = (facts & 4) == 0 ? lead : lead.withOpportunityAmount(Money.ofMinor(2_500_000, "EUR"));
    lead = (facts & 8) == 0 ? lead : lead.withCloseDate(DAY);
    lead = (facts & 16) == 0 ? lead : lead.withLossReason("price");
    lead = (facts & 32) == 0 ? lead : lead.withKickoffDate(DAY.plusDays(30));
    lead = (facts & 64) == 0 ? lead : lead.withRenewalDate(DAY.plusDays(365));
    return (facts & 128) == 0 ? lead : lead.withExpansionAmount(Money.ofMinor(400_000, "EUR"));
  }

  private void restore(SampleLead lead, LeadStage stage) {
    DefaultExtendedState extended = new DefaultExtendedState();
    extended.getVariables().put(SpringLeadStateMachine.LEAD, lead);
    spring.stopReactively().block();
    spring.getStateMachineAccessor().doWithAllRegions(access -> access.resetStateMachineReactively(
        new DefaultStateMachineContext<>(stage, null, null, extended)).block());
    spring.startReactively().block();
  }
}
