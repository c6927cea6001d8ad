package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.Violation;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lead lifecycle benchmark's own code on 5,000 attempts (about 1,800 leads): its set-up (which drives both sides once
 * and compares them), each side's invocation and the check after it, as JMH calls them, so the
 * build proves that crmkit and Spring Statemachine agree without running the benchmark. Nothing
 * here is timed.
 */
class LeadLifecycleBenchmarkTest {
  private static final int ATTEMPTS = 5_000;

  private final LeadLifecycleBenchmark benchmark = new LeadLifecycleBenchmark();

  @BeforeEach
  void setUpTheBenchmark() {
    benchmark.attempts = ATTEMPTS;
    benchmark.makeLeadsAndMachines();
  }

  @Test
  void crmkit_ends_every_lead_where_the_set_up_found_both_sides_agree() {
    LeadLifecycleBenchmark.Tally tally = benchmark.crmkit();

    assertThat(tally.accepted() + tally.refused()).isEqualTo(ATTEMPTS);
    assertThat(benchmark.lastOutcome()).isEqualTo(benchmark.expected());
    benchmark.checkOutcome();
  }

  @Test
  void spring_statemachine_reset_to_each_lead_ends_every_lead_where_crmkit_does() {
    benchmark.crmkit();
    LeadLifecycleBenchmark.Outcome crmkit = benchmark.lastOutcome();

    benchmark.springStatemachine();

    assertThat(benchmark.lastOutcome()).isEqualTo(crmkit);
    benchmark.checkOutcome();
  }

  @Test
  void spring_statemachine_restored_by_its_persister_ends_every_lead_where_crmkit_does() {
    benchmark.crmkit();
    LeadLifecycleBenchmark.Outcome crmkit = benchmark.lastOutcome();

    benchmark.springStatemachineRestoredByPersister();

    assertThat(benchmark.lastOutcome()).isEqualTo(crmkit);
    benchmark.checkOutcome();
  }

  @Test
  void spring_statemachine_with_a_machine_per_lead_ends_every_lead_where_crmkit_does() {
    benchmark.crmkit();
    LeadLifecycleBenchmark.Outcome crmkit = benchmark.lastOutcome();

    benchmark.springStatemachinePerLead();

    assertThat(benchmark.lastOutcome()).isEqualTo(crmkit);
    benchmark.checkOutcome();
  }

  @Test
  void each_invocation_starts_every_lead_afresh() {
    benchmark.springStatemachine();
    benchmark.checkOutcome();
    benchmark.crmkit();
    benchmark.checkOutcome();

    LeadLifecycleBenchmark.Tally second = benchmark.springStatemachine();

    assertThat(second).isEqualTo(benchmark.expected().tally());
    benchmark.checkOutcome();
  }

  @Test
  void the_mix_has_accepted_and_refused_attempts_and_leads_ending_in_most_stages() {
    LeadLifecycleBenchmark.Outcome expected = benchmark.expected();

    assertThat(expected.tally().accepted()).isBetween(ATTEMPTS * 25L / 100, ATTEMPTS * 45L / 100);
    assertThat(expected.tally().refused()).isEqualTo(ATTEMPTS - expected.tally().accepted());
    assertThat(expected.leadsPerStage()).hasSize(B2bLeadLifecycle.definition().stages().size());
    assertThat(Arrays.stream(expected.leadsPerStage()).filter(n -> n > 0).count()).as("stages where leads end")
        .isGreaterThanOrEqualTo(9);
  }

  @Test
  void the_scripts_meet_guards_that_refuse_and_triggers_that_do_not_lead_out() {
    LifecycleDefinition<B2bJourney> lifecycle = B2bLeadLifecycle.definition();
    SampleLeads samples = SampleLeads.make(LeadLifecycleBenchmark.SEED, ATTEMPTS, lifecycle);
    Set<String> codes = new HashSet<>();
    int refusedWithSeveralReasons = 0;

    for (int i = 0; i < samples.count(); i++) {
      LifecycleState state = LifecycleState.of(B2bLeadLifecycle.LEAD, LeadLifecycleBenchmark.AT);
      for (int k = 0; k < samples.scriptLength(i); k++) {
        TriggerName trigger = lifecycle.triggers().get(samples.trigger(i, k)).name();
        TransitionResult result = lifecycle.transition(state, trigger, samples.lead(i), LeadLifecycleBenchmark.AT);
        if (result instanceof TransitionResult.Accepted moved) {
          state = moved.state();
        } else if (result instanceof TransitionResult.Rejected refused) {
          codes.addAll(refused.codes());
          refusedWithSeveralReasons += refused.violations().size() > 1 ? 1 : 0;
        }
      }
    }

    assertThat(codes).contains(
        Violation.TRIGGER_NOT_AVAILABLE, B2bLeadLifecycle.SCORE_BELOW_THRESHOLD, B2bLeadLifecycle.POOR_FIT,
        Violation.FIELD_MISSING, Violation.NOT_MET);
    assertThat(refusedWithSeveralReasons).as("refusals listing every unmet criterion").isPositive();
  }

  @Test
  void the_check_fails_when_the_peer_leaves_a_lead_in_another_stage() {
    benchmark.springStatemachine();

    benchmark.spoilPeerStageOfFirstLead();

    assertThatThrownBy(benchmark::checkOutcome)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("wrong lifecycle run: Spring Statemachine left lead 0 in '");
  }

  @Test
  void the_outcome_tells_the_first_lead_that_differs() {
    LeadLifecycleBenchmark.Outcome expected = benchmark.expected();
    int[] stages = Arrays.copyOf(expected.stages(), expected.stages().length);
    stages[7] = stages[7] == 0 ? 1 : 0;

    LeadLifecycleBenchmark.Outcome other = LeadLifecycleBenchmark.Outcome.of(expected.tally(), stages);

    assertThat(expected.differenceFrom(other)).startsWith("left lead 7 in '");
    assertThat(expected).isNotEqualTo(other);
    assertThat(expected.differenceFrom(LeadLifecycleBenchmark.Outcome.of(
        new LeadLifecycleBenchmark.Tally(expected.tally().accepted() + 1, expected.tally().refused() - 1),
        expected.stages()))).startsWith("counted Tally[accepted=");
  }

  @Test
  void a_check_before_any_invocation_passes_and_the_set_up_left_nothing_to_check() {
    LeadLifecycleBenchmark fresh = new LeadLifecycleBenchmark();
    fresh.attempts = 10;
    fresh.makeLeadsAndMachines();

    fresh.checkOutcome();

    assertThat(fresh.expected().tally().accepted() + fresh.expected().tally().refused()).isEqualTo(10);
  }
}
