package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.Violation;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.core.lead.FitGrade;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The sample leads of the lifecycle benchmark: their facts and the scripts walked for them. */
class SampleLeadsTest {
  private final LifecycleDefinition<B2bJourney> lifecycle = B2bLeadLifecycle.definition();

  @Test
  void the_facts_are_mixed_as_documented() {
    List<B2bJourney> leads = SampleLeads.make(LeadLifecycleBenchmark.SEED, 100_000, lifecycle).leads();

    assertThat(percent(leads, j -> j.score().isPresent())).isCloseTo(SampleLeads.PERCENT_SCORED, within());
    assertThat(percent(leads, j -> j.fit().isPresent())).isCloseTo(SampleLeads.PERCENT_GRADED, within());
    assertThat(percent(leads, j -> j.fit().filter(FitGrade.A::equals).isPresent()))
        .isCloseTo(SampleLeads.PERCENT_GRADED * SampleLeads.PERCENT_FIT_A / 100.0, within());
    assertThat(percent(leads, j -> j.rejectionReason().isPresent()))
        .isCloseTo(SampleLeads.PERCENT_REJECTION_REASON, within());
    assertThat(percent(leads, j -> j.opportunityId().isPresent())).isCloseTo(SampleLeads.PERCENT_OPPORTUNITY, within());
    assertThat(percent(leads, j -> j.kickoffOn().isPresent())).isCloseTo(SampleLeads.PERCENT_KICKOFF, within());
    assertThat(leads.stream().map(B2bJourney::leadId).distinct().count()).isEqualTo(leads.size());
  }

  @Test
  void the_benchmarks_scripts_hold_the_mix_its_documentation_gives() {
    SampleLeads samples = SampleLeads.make(LeadLifecycleBenchmark.SEED, LeadLifecycleBenchmark.ATTEMPTS, lifecycle);
    Instant at = Instant.parse("2026-04-04T09:00:00Z");
    int accepted = 0;
    int keepingTheStage = 0;
    int notLeadingOut = 0;

    for (int i = 0; i < samples.count(); i++) {
      LifecycleState state = LifecycleState.of(B2bLeadLifecycle.LEAD, at);
      for (int k = 0; k < samples.scriptLength(i); k++) {
        TransitionResult result = lifecycle.transition(
            state, lifecycle.triggers().get(samples.trigger(i, k)).name(), samples.lead(i), at);
        if (result instanceof TransitionResult.Accepted moved) {
          keepingTheStage += moved.from().equals(moved.to()) ? 1 : 0;
          state = moved.state();
          accepted++;
        } else if (((TransitionResult.Rejected) result).codes().contains(Violation.TRIGGER_NOT_AVAILABLE)) {
          notLeadingOut++;
        }
      }
    }

    assertThat(samples.count()).isEqualTo(90_646);
    assertThat(accepted).isEqualTo(86_619);
    assertThat(keepingTheStage).isEqualTo(2_675);
    assertThat(LeadLifecycleBenchmark.ATTEMPTS - accepted - notLeadingOut).as("refused by a guard").isEqualTo(152_202);
    assertThat(notLeadingOut).isEqualTo(11_179);
  }

  @Test
  void fewer_than_one_attempt_is_refused() {
    assertThatThrownBy(() -> SampleLeads.make(1, 0, lifecycle))
        .isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(e.field() + "/" + e.rule()).isEqualTo("attempts/range"));
  }

  @Test
  void an_attempt_outside_the_script_is_refused() {
    SampleLeads samples = SampleLeads.make(1, 100, lifecycle);

    assertThatThrownBy(() -> samples.trigger(0, samples.scriptLength(0)))
        .isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(e.field() + "/" + e.rule()).isEqualTo("attempt/range"));
    assertThatThrownBy(() -> samples.trigger(0, -1)).isInstanceOf(CrmValidationException.class);
  }

  private static double percent(List<B2bJourney> leads, Predicate<B2bJourney> which) {
    return leads.stream().filter(which).count() * 100.0 / leads.size();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1.5);
  }
}
