package io.crmkit.lifecycle.shipped;

import static io.crmkit.lifecycle.shipped.ShippedFixtures.MONDAY;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.aCaseResolvedAt;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.CLOSED;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.IN_PROGRESS;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.NEW;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.RESOLVED;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.WAITING_ON_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleStart;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerDefinition;
import io.crmkit.lifecycle.TriggerName;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The support case lifecycle's clocks over random sequences of triggers, replayed as a timer service
 * would run them: the resolution clock runs exactly while support works the case, is paused exactly
 * while the case waits on the customer, and is never paused twice nor resumed unless paused.
 */
class SupportCaseProperties {
  private enum Clock { RUNNING, PAUSED, STOPPED }

  private static final LifecycleDefinition<CaseProgress> CASES = SupportCaseLifecycle.definition();
  private static final List<TriggerName> TRIGGERS = CASES.triggers().stream().map(TriggerDefinition::name).toList();

  @Provide
  Arbitrary<List<TriggerName>> triggerSequences() {
    return Arbitraries.of(TRIGGERS).list().ofMaxSize(40);
  }

  @Property
  void the_resolution_clock_is_paused_exactly_while_the_case_waits_on_the_customer(
      @ForAll("triggerSequences") List<TriggerName> triggers) {
    // a case whose every criterion holds, so that only the graph decides which triggers move it
    CaseProgress ready = new CaseProgress(aCaseResolvedAt(MONDAY), Optional.of("fixed"), true, MONDAY);
    Map<String, Clock> clocks = new HashMap<>();
    LifecycleStart start = CASES.start(NEW, MONDAY, Actor.automatic());
    run(start.sideEffects(), clocks);
    LifecycleState state = start.state();
    Instant at = MONDAY;

    for (TriggerName trigger : triggers) {
      at = at.plusSeconds(3600);
      TransitionResult result = CASES.transition(state, trigger, ready.at(at), at);
      if (result instanceof TransitionResult.Accepted accepted) {
        run(accepted.sideEffects(), clocks);
        state = accepted.state();
      }
      StageName stage = state.stage();
      assertThat(clocks.get("resolution")).as("resolution clock in %s", stage).isEqualTo(
          stage.equals(NEW) || stage.equals(IN_PROGRESS) ? Clock.RUNNING
              : stage.equals(WAITING_ON_CUSTOMER) ? Clock.PAUSED : Clock.STOPPED);
      assertThat(clocks.get("first-response")).as("first-response clock in %s", stage)
          .isEqualTo(stage.equals(NEW) ? Clock.RUNNING : Clock.STOPPED);
      assertThat(clocks.getOrDefault("auto-close", Clock.STOPPED)).as("auto-close clock in %s", stage)
          .isEqualTo(stage.equals(RESOLVED) ? Clock.RUNNING : Clock.STOPPED);
      if (stage.equals(CLOSED)) {
        assertThat(clocks.values()).containsOnly(Clock.STOPPED);
      }
    }
  }

  /** Runs side effects as a timer service would, refusing a pause of a clock not running and a resume of one not paused. */
  private static void run(List<SideEffect> effects, Map<String, Clock> clocks) {
    for (SideEffect effect : effects) {
      String timer = effect.parameter(SideEffect.TIMER).orElseThrow();
      switch (effect.kind()) {
        case SideEffect.START_TIMER -> clocks.put(timer, Clock.RUNNING);
        case SideEffect.STOP_TIMER -> clocks.put(timer, Clock.STOPPED);
        case SideEffect.PAUSE_TIMER -> {
          assertThat(clocks.get(timer)).as("pausing %s", timer).isEqualTo(Clock.RUNNING);
          clocks.put(timer, Clock.PAUSED);
        }
        case SideEffect.RESUME_TIMER -> {
          assertThat(clocks.get(timer)).as("resuming %s", timer).isEqualTo(Clock.PAUSED);
          clocks.put(timer, Clock.RUNNING);
        }
        default -> throw new AssertionError("unexpected side effect " + effect);
      }
    }
  }
}
