package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.lifecycle.shipped.B2bLeadOptions;
import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the seed and number of attempts, the sample leads and their scripts are made the same way
 * twice, hold exactly the attempts asked for, and each script ends where the walk says it does.
 */
class SampleLeadsProperties {
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

  private final LifecycleDefinition<B2bJourney> lifecycle = B2bLeadLifecycle.definition();

  @Property(tries = 50)
  void the_leads_and_scripts_depend_only_on_the_seed_attempts_and_lifecycle(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 1_000) int attempts) {
    SampleLeads first = SampleLeads.make(seed, attempts, lifecycle);
    SampleLeads second = SampleLeads.make(seed, attempts, B2bLeadLifecycle.definition(B2bLeadOptions.defaults()));

    assertThat(first.leads()).isEqualTo(second.leads());
    assertThat(first.scripts()).hasSize(attempts).isEqualTo(second.scripts());
    assertThat(first.scriptStarts()).isEqualTo(second.scriptStarts());
    assertThat(first.attempts()).isEqualTo(attempts);
    for (byte trigger : first.scripts()) {
      assertThat((int) trigger).isBetween(0, lifecycle.triggers().size() - 1);
    }
  }

  @Property(tries = 50)
  void a_script_ends_at_a_terminal_stage_after_two_refusals_in_a_row_or_at_its_longest(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 1_000) int attempts) {
    SampleLeads samples = SampleLeads.make(seed, attempts, lifecycle);

    int[] lengths = new int[samples.count()];
    for (int lead = 0; lead < samples.count() - 1; lead++) {
      lengths[lead] = samples.scriptLength(lead);
      LifecycleState state = LifecycleState.of(B2bLeadLifecycle.LEAD, AT);
      int refusedInARow = 0;
      for (int k = 0; k < samples.scriptLength(lead); k++) {
        assertThat(lifecycle.stage(state.stage()).orElseThrow().terminal()).as("a move after a terminal stage").isFalse();
        assertThat(refusedInARow).as("a move after giving up").isLessThan(SampleLeads.GIVE_UP_AFTER);
        TransitionResult result = lifecycle.transition(
            state, lifecycle.triggers().get(samples.trigger(lead, k)).name(), samples.lead(lead), AT);
        refusedInARow = result instanceof TransitionResult.Accepted moved ? 0 : refusedInARow + 1;
        state = result instanceof TransitionResult.Accepted moved ? moved.state() : state;
      }
      boolean ended = lifecycle.stage(state.stage()).orElseThrow().terminal()
          || refusedInARow == SampleLeads.GIVE_UP_AFTER
          || samples.scriptLength(lead) == SampleLeads.MAX_ATTEMPTS_PER_LEAD;
      assertThat(ended).as("script of lead %d ended in %s after %d refusals", lead, state.stage(), refusedInARow).isTrue();
    }
    lengths[samples.count() - 1] = samples.scriptLength(samples.count() - 1);
    assertThat(Arrays.stream(lengths).sum()).isEqualTo(attempts);
    assertThat(Arrays.stream(lengths).min().orElseThrow()).isPositive();
    assertThat(Arrays.stream(lengths).max().orElseThrow()).isLessThanOrEqualTo(SampleLeads.MAX_ATTEMPTS_PER_LEAD);
  }
}
