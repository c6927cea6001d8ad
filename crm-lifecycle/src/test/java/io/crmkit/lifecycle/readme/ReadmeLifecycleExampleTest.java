package io.crmkit.lifecycle.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.LeadId;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.Violation;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.core.lead.FitGrade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle example of the README, kept true: if this test changes, the README changes with it. */
class ReadmeLifecycleExampleTest {
  private final Instant now = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void the_readme_lifecycle_example_lists_every_unmet_criterion() {
    List<String> printed = new ArrayList<>();

    // --- README example, from here
    LifecycleDefinition<B2bJourney> leads = B2bLeadLifecycle.definition();   // built once, shared
    LifecycleState state = LifecycleState.of(B2bLeadLifecycle.LEAD, now);    // plain data you store
    B2bJourney lead = B2bJourney.of(LeadId.of("lead-1")).withScore(45).withFit(FitGrade.C);
    TransitionResult result = leads.transition(state, B2bLeadLifecycle.QUALIFY, lead, now);
    if (result instanceof TransitionResult.Rejected rejected) {
      rejected.violations().forEach(v -> printed.add(v.code() + ": " + v.message()));
    }
    // --- to here

    assertThat(result).isInstanceOf(TransitionResult.Rejected.class);
    assertThat(((TransitionResult.Rejected) result).violations()).extracting(Violation::code)
        .containsExactly(B2bLeadLifecycle.SCORE_BELOW_THRESHOLD, B2bLeadLifecycle.POOR_FIT);
    assertThat(printed).first().asString().isEqualTo(
        "score_below_threshold: lead score 45 is below the MQL threshold of 60");
    assertThat(printed).hasSize(2);
  }
}
