package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sample leads of the lifecycle benchmark and the lead record its guards read. */
class SampleLeadsTest {

  @Test
  void the_facts_are_mixed_as_documented() {
    List<SampleLead> leads = SampleLeads.make(LeadLifecycleBenchmark.SEED, 50_000, B2bLeadLifecycleForBenchmark.definition()).leads();

    assertThat(share(leads.stream().filter(l -> l.scoresAtLeast(B2bLeadLifecycleForBenchmark.SCORE_THRESHOLD)).count(), leads.size()))
        .isBetween(38.0, 42.0);
    assertThat(share(leads.stream().filter(SampleLead::fitsIdealCustomerProfile).count(), leads.size()))
        .isBetween(SampleLeads.PERCENT_FIT - 2.0, SampleLeads.PERCENT_FIT + 2.0);
    assertThat(share(leads.stream().filter(l -> l.owner().isPresent()).count(), leads.size()))
        .isBetween(SampleLeads.PERCENT_OWNER - 2.0, SampleLeads.PERCENT_OWNER + 2.0);
    assertThat(share(leads.stream().filter(l -> l.expansionAmount().isPresent()).count(), leads.size()))
        .isBetween(SampleLeads.PERCENT_EXPANSION - 2.0, SampleLeads.PERCENT_EXPANSION + 2.0);
  }

  @Test
  void the_benchmarks_scripts_hold_the_mix_its_documentation_gives() {
    LifecycleDefinition<SampleLead> lifecycle = B2bLeadLifecycleForBenchmark.definition();
    SampleLeads samples = SampleLeads.make(LeadLifecycleBenchmark.SEED, LeadLifecycleBenchmark.ATTEMPTS, lifecycle);
    Instant at = Instant.parse("2026-04-04T09:00:00Z");
    int accepted = 0;
    int notLeadingOut = 0;

    for (int i = 0; i < samples.count(); i++) {
      LifecycleState state = LifecycleState.of(StageName.of("lead"), at);
      for (int k = 0; k < samples.scriptLength(i); k++) {
        TransitionResult result = lifecycle.transition(
            state, lifecycle.triggers().get(samples.trigger(i, k)).name(), samples.lead(i), at);
        if (result instanceof TransitionResult.Accepted moved) {
          state = moved.state();
          accepted++;
        } else if (((TransitionResult.Rejected) result).codes().contains(Violation.TRIGGER_NOT_AVAILABLE)) {
          notLeadingOut++;
        }
      }
    }

    assertThat(samples.count()).isEqualTo(105_393);
    assertThat(accepted).isEqualTo(118_873);
    assertThat(LeadLifecycleBenchmark.ATTEMPTS - accepted - notLeadingOut).as("refused by a guard").isEqualTo(120_970);
    assertThat(notLeadingOut).isEqualTo(10_157);
  }

  @Test
  void fewer_than_one_attempt_is_refused() {
    assertThatThrownBy(() -> SampleLeads.make(1, 0, B2bLeadLifecycleForBenchmark.definition()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.field() + "/" + e.rule()).isEqualTo("attempts/range"));
  }

  @Test
  void an_attempt_outside_the_script_is_refused() {
    SampleLeads samples = SampleLeads.make(1, 100, B2bLeadLifecycleForBenchmark.definition());

    assertThatThrownBy(() -> samples.trigger(0, samples.scriptLength(0)))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.field() + "/" + e.rule()).isEqualTo("attempt/range"));
  }

  @Test
  void a_score_outside_0_to_100_is_refused_naming_the_field() {
    assertThatThrownBy(() -> SampleLead.scored(101, true))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.field() + "/" + e.rule()).isEqualTo("lead.score/range"));
    assertThatThrownBy(() -> SampleLead.scored(-1, true)).isInstanceOf(CrmValidationException.class);
  }

  @Test
  void a_blank_reason_is_refused_and_a_reason_is_stripped() {
    SampleLead lead = SampleLead.scored(50, true);

    assertThatThrownBy(() -> lead.withRejectionReason("  "))
        .isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(e.field() + "/" + e.rule()).isEqualTo("lead.rejectionReason/blank"));
    assertThat(lead.withLossReason("  price ").lossReason()).contains("price");
  }

  @Test
  void a_lead_changed_in_one_fact_keeps_the_others() {
    SampleLead lead = SampleLead.scored(50, true).withCloseDate(LocalDate.of(2026, 3, 1));

    SampleLead later = lead.withKickoffDate(LocalDate.of(2026, 4, 1));

    assertThat(later.closeDate()).isEqualTo(lead.closeDate());
    assertThat(later.kickoffDate()).isEqualTo(Optional.of(LocalDate.of(2026, 4, 1)));
    assertThat(later.score()).isEqualTo(50);
  }

  private static double share(long count, int of) {
    return count * 100.0 / of;
  }
}
