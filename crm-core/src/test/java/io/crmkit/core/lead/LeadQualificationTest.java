package io.crmkit.core.lead;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.LifecycleStage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadQualificationTest {

  private static LeadQualification anA1(int score) {
    return LeadQualification.of(score, FitGrade.A, 1, "A1");
  }

  @Test
  void a_qualification_without_routing_is_routed_nowhere() {
    LeadQualification qualification = anA1(72);

    assertThat(qualification.isRouted()).isFalse();
    assertThat(qualification.lifecycleStage()).isEmpty();
    assertThat(qualification.leadStatus()).isEmpty();
    assertThat(qualification.reached(LifecycleStage.MQL)).isFalse();
  }

  @Test
  void routing_to_a_stage_and_a_status_keeps_both() {
    LeadQualification qualification = anA1(72).routedTo(LifecycleStage.MQL).routedTo(LeadStatus.WORKING);

    assertThat(qualification.isRouted()).isTrue();
    assertThat(qualification.reached(LifecycleStage.MQL)).isTrue();
    assertThat(qualification.reached(LifecycleStage.SQL)).isFalse();
    assertThat(qualification.leadStatus()).contains(LeadStatus.WORKING);
    assertThat(qualification.score()).isEqualTo(72);
  }

  @Test
  void routing_to_a_status_alone_counts_as_routed() {
    assertThat(anA1(10).routedTo(LeadStatus.NURTURING).isRouted()).isTrue();
  }

  @Test
  void the_mql_criterion_needs_both_the_score_and_the_fit() {
    LeadQualification strongButPoorFit = LeadQualification.of(80, FitGrade.C, 1, "C1");
    LeadQualification goodFitLowScore = LeadQualification.of(59, FitGrade.A, 2, "A2");
    LeadQualification both = LeadQualification.of(60, FitGrade.B, 2, "B2");

    assertThat(strongButPoorFit.meets(60, FitGrade.B)).isFalse();
    assertThat(goodFitLowScore.meets(60, FitGrade.B)).isFalse();
    assertThat(both.meets(60, FitGrade.B)).isTrue();
  }

  @Test
  void the_grade_label_is_folded() {
    assertThat(LeadQualification.of(50, FitGrade.B, 2, "  Warm \t lead ").grade()).isEqualTo("Warm lead");
  }

  @Test
  void a_score_outside_0_to_100_is_rejected() {
    assertRejected("leadQualification.score", "range", () -> anA1(-1));
    assertRejected("leadQualification.score", "range", () -> anA1(101));
  }

  @Test
  void an_engagement_level_outside_1_to_3_is_rejected() {
    assertRejected("leadQualification.engagementLevel", "range", () -> LeadQualification.of(50, FitGrade.A, 0, "A0"));
    assertRejected("leadQualification.engagementLevel", "range", () -> LeadQualification.of(50, FitGrade.A, 4, "A4"));
  }

  @Test
  void a_blank_grade_is_rejected() {
    assertRejected("leadQualification.grade", "required", () -> LeadQualification.of(50, FitGrade.A, 1, " "));
  }

  @Test
  void missing_parts_are_rejected_by_name() {
    assertRejected("leadQualification.fitGrade", "required",
        () -> new LeadQualification(50, null, 1, "A1", Optional.empty(), Optional.empty()));
    assertRejected("leadQualification.lifecycleStage", "required",
        () -> new LeadQualification(50, FitGrade.A, 1, "A1", null, Optional.empty()));
    assertRejected("leadQualification.leadStatus", "required",
        () -> new LeadQualification(50, FitGrade.A, 1, "A1", Optional.empty(), null));
    assertRejected("leadQualification.lifecycleStage", "required", () -> anA1(50).routedTo((LifecycleStage) null));
    assertRejected("leadQualification.leadStatus", "required", () -> anA1(50).routedTo((LeadStatus) null));
  }

  @Test
  void scoring_cannot_route_a_lead_to_converted() {
    assertRejected("leadQualification.leadStatus", "converted", () -> anA1(90).routedTo(LeadStatus.CONVERTED));
  }
}
