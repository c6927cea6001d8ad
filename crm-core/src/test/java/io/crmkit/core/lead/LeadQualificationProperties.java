package io.crmkit.core.lead;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.LifecycleStage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LeadQualificationProperties {

  @Property
  void a_qualification_rebuilt_from_its_own_parts_is_equal(@ForAll("qualifications") LeadQualification q) {
    LeadQualification again = new LeadQualification(
        q.score(), q.fitGrade(), q.engagementLevel(), q.grade(), q.lifecycleStage(), q.leadStatus());

    assertThat(again).isEqualTo(q).hasSameHashCodeAs(q);
  }

  @Property
  void meeting_a_threshold_is_exactly_score_and_fit(
      @ForAll("qualifications") LeadQualification q,
      @ForAll @IntRange(max = 100) int threshold,
      @ForAll FitGrade minimumFit) {
    assertThat(q.meets(threshold, minimumFit))
        .isEqualTo(q.score() >= threshold && q.fitGrade().compareTo(minimumFit) <= 0);
  }

  @Property
  void routed_exactly_when_a_stage_or_a_status_is_present(@ForAll("qualifications") LeadQualification q) {
    assertThat(q.isRouted()).isEqualTo(q.lifecycleStage().isPresent() || q.leadStatus().isPresent());
  }

  @Property
  void a_score_above_100_is_rejected(@ForAll @IntRange(min = 101) int score, @ForAll FitGrade fit) {
    assertRejected("leadQualification.score", "range", () -> LeadQualification.of(score, fit, 1, "A1"));
  }

  @Property
  void isAtLeast_is_the_order_of_the_grades(@ForAll FitGrade grade, @ForAll FitGrade minimum) {
    assertThat(grade.isAtLeast(minimum)).isEqualTo(grade.ordinal() <= minimum.ordinal());
  }

  @Provide
  Arbitrary<LeadQualification> qualifications() {
    Arbitrary<LeadQualification> bare = Combinators.combine(
            Arbitraries.integers().between(0, 100),
            Arbitraries.of(FitGrade.class),
            Arbitraries.integers().between(1, 3),
            Arbitraries.of("A1", "B2", "C3", "Hot", "Warm lead"))
        .as(LeadQualification::of);
    Arbitrary<LifecycleStage> stages = Arbitraries.of(LifecycleStage.MQL, LifecycleStage.SQL, LifecycleStage.LEAD);
    Arbitrary<LeadStatus> statuses = Arbitraries.of(LeadStatus.class).filter(s -> s != LeadStatus.CONVERTED);
    return Combinators.combine(bare, stages.optional(), statuses.optional())
        .as((q, stage, status) -> {
          LeadQualification routed = stage.map(q::routedTo).orElse(q);
          return status.map(routed::routedTo).orElse(routed);
        });
  }
}
