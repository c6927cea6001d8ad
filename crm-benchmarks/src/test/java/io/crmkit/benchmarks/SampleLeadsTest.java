package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sample leads of the lifecycle benchmark and the lead record its guards read. */
class SampleLeadsTest {

  @Test
  void the_scripts_draw_from_as_many_triggers_as_the_lifecycle_declares() {
    assertThat(SampleLeads.TRIGGERS).isEqualTo(B2bLeadLifecycleForBenchmark.TRIGGERS.size());
    assertThat(SampleLeads.ATTEMPTS_PER_LEAD).isEqualTo(SampleLeads.TRIGGERS + 1);
  }

  @Test
  void the_facts_are_mixed_as_documented() {
    List<SampleLead> leads = SampleLeads.make(LeadLifecycleBenchmark.SEED, 20_000).leads();

    assertThat(share(leads.stream().filter(l -> l.scoresAtLeast(B2bLeadLifecycleForBenchmark.SCORE_THRESHOLD)).count()))
        .isBetween(38.0, 42.0);
    assertThat(share(leads.stream().filter(SampleLead::fitsIdealCustomerProfile).count()))
        .isBetween(SampleLeads.PERCENT_FIT - 2.0, SampleLeads.PERCENT_FIT + 2.0);
    assertThat(share(leads.stream().filter(l -> l.owner().isPresent()).count()))
        .isBetween(SampleLeads.PERCENT_OWNER - 2.0, SampleLeads.PERCENT_OWNER + 2.0);
    assertThat(share(leads.stream().filter(l -> l.expansionAmount().isPresent()).count()))
        .isBetween(SampleLeads.PERCENT_EXPANSION - 2.0, SampleLeads.PERCENT_EXPANSION + 2.0);
  }

  @Test
  void fewer_than_one_lead_is_refused() {
    assertThatThrownBy(() -> SampleLeads.make(1, 0))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.field() + "/" + e.rule()).isEqualTo("count/range"));
  }

  @Test
  void an_attempt_outside_the_script_is_refused() {
    SampleLeads samples = SampleLeads.make(1, 1);

    assertThatThrownBy(() -> samples.trigger(0, SampleLeads.ATTEMPTS_PER_LEAD))
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

  private static double share(long count) {
    return count * 100.0 / 20_000;
  }
}
