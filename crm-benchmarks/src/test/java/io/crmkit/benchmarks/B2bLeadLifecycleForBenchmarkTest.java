package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.UserId;
import io.crmkit.core.value.Money;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageDefinition;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.Violation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The benchmark's B2B lead lifecycle on crmkit's engine, as its table of triggers and criteria says. */
class B2bLeadLifecycleForBenchmarkTest {
  private static final Instant AT = Instant.parse("2026-04-04T09:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  private final LifecycleDefinition<SampleLead> lifecycle = B2bLeadLifecycleForBenchmark.definition();

  @Test
  void the_lifecycle_declares_the_stages_and_triggers_the_benchmark_indexes() {
    assertThat(lifecycle.stages()).extracting(s -> s.name().value())
        .containsExactlyElementsOf(B2bLeadLifecycleForBenchmark.STAGES.stream().map(s -> StageName.of(s).value()).toList());
    assertThat(lifecycle.triggers()).extracting(t -> t.name().value())
        .containsExactlyElementsOf(B2bLeadLifecycleForBenchmark.TRIGGERS);
    assertThat(lifecycle.entryStages()).containsExactly(StageName.of("lead"));
    assertThat(lifecycle.stages()).filteredOn(StageDefinition::terminal).extracting(StageDefinition::label)
        .containsExactly("disqualified", "sales rejected", "closed lost");
  }

  @Test
  void a_lead_at_the_threshold_that_fits_the_profile_becomes_marketing_qualified() {
    SampleLead lead = SampleLead.scored(B2bLeadLifecycleForBenchmark.SCORE_THRESHOLD, true);

    TransitionResult result = move("lead", "qualify", lead);

    assertThat(result).isInstanceOfSatisfying(TransitionResult.Accepted.class,
        moved -> assertThat(moved.state().stage()).isEqualTo(StageName.of("MQL")));
  }

  @Test
  void a_lead_below_the_threshold_outside_the_profile_is_refused_with_both_reasons() {
    SampleLead lead = SampleLead.scored(B2bLeadLifecycleForBenchmark.SCORE_THRESHOLD - 1, false);

    TransitionResult result = move("lead", "qualify", lead);

    assertThat(result).isInstanceOfSatisfying(TransitionResult.Rejected.class, refused -> {
      assertThat(refused.codes()).containsExactly(Violation.NOT_MET, Violation.NOT_MET);
      assertThat(refused.violations()).extracting(Violation::criterion)
          .containsExactly(CriterionId.of("score at threshold"), CriterionId.of("fits ideal customer profile"));
    });
  }

  @Test
  void a_lead_that_fits_the_profile_is_not_disqualified() {
    TransitionResult result = move("lead", "disqualify", SampleLead.scored(10, true));

    assertThat(result).isInstanceOfSatisfying(TransitionResult.Rejected.class,
        refused -> assertThat(refused.codes()).containsExactly(Violation.MUST_NOT_HOLD));
  }

  @Test
  void sales_accepts_a_lead_with_an_owner() {
    TransitionResult result = move("MQL", "accept", SampleLead.scored(80, true).withOwner(UserId.of("rep-1")));

    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void sales_rejects_a_lead_only_with_a_reason() {
    SampleLead lead = SampleLead.scored(80, true);

    TransitionResult withoutReason = move("MQL", "reject", lead);
    TransitionResult withReason = move("MQL", "reject", lead.withRejectionReason("student"));

    assertThat(withoutReason).isInstanceOfSatisfying(TransitionResult.Rejected.class,
        refused -> assertThat(refused.codes()).containsExactly(Violation.FIELD_MISSING));
    assertThat(withReason).isInstanceOfSatisfying(TransitionResult.Accepted.class,
        moved -> assertThat(moved.to()).isEqualTo(StageName.of("sales rejected")));
  }

  @Test
  void winning_needs_an_agreed_close_date_and_the_opportunity_amount() {
    TransitionResult result = move("SQL", "win", SampleLead.scored(80, true));

    assertThat(result).isInstanceOfSatisfying(TransitionResult.Rejected.class,
        refused -> assertThat(refused.codes()).containsExactly(Violation.DATE_NOT_AGREED, Violation.FIELD_MISSING));
  }

  @Test
  void a_deal_is_won_with_a_close_date_and_an_amount() {
    SampleLead lead = SampleLead.scored(80, true).withCloseDate(DAY).withOpportunityAmount(Money.ofMinor(500_000, "EUR"));

    assertThat(move("SQL", "win", lead).isAccepted()).isTrue();
  }

  @Test
  void a_customer_alternates_between_renewal_and_expansion_without_moving_back() {
    SampleLead customer = SampleLead.scored(80, true).withRenewalDate(DAY).withExpansionAmount(Money.ofMinor(1_000, "EUR"));

    assertThat(move("renewal", "expand", customer).isAccepted()).isTrue();
    assertThat(move("expansion", "renew", customer).isAccepted()).isTrue();
    assertThat(lifecycle.isBackward(StageName.of("expansion"), StageName.of("renewal"))).isFalse();
  }

  @Test
  void a_terminal_stage_refuses_every_trigger() {
    SampleLead everything = SampleLead.scored(100, false).withOwner(UserId.of("rep-1")).withRejectionReason("late")
        .withOpportunityAmount(Money.ofMinor(1, "EUR")).withCloseDate(DAY).withLossReason("price")
        .withKickoffDate(DAY).withRenewalDate(DAY).withExpansionAmount(Money.ofMinor(1, "EUR"));

    for (String stage : new String[] {"disqualified", "sales rejected", "closed lost"}) {
      for (String trigger : B2bLeadLifecycleForBenchmark.TRIGGERS) {
        assertThat(move(stage, trigger, everything)).as("%s out of %s", trigger, stage)
            .isInstanceOfSatisfying(TransitionResult.Rejected.class,
                refused -> assertThat(refused.codes()).containsExactly(Violation.TERMINAL_STAGE));
      }
    }
  }

  @Test
  void a_trigger_that_does_not_lead_out_of_the_stage_is_refused_whatever_the_lead() {
    TransitionResult result = move("lead", "win", SampleLead.scored(100, true).withCloseDate(DAY));

    assertThat(result).isInstanceOfSatisfying(TransitionResult.Rejected.class,
        refused -> assertThat(refused.codes()).containsExactly(Violation.TRIGGER_NOT_AVAILABLE));
  }

  private TransitionResult move(String stage, String trigger, SampleLead lead) {
    return lifecycle.transition(LifecycleState.of(StageName.of(stage), AT), TriggerName.of(trigger), lead, AT);
  }
}
