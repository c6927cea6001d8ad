package io.crmkit.lifecycle.shipped;

import static io.crmkit.lifecycle.shipped.ShippedFixtures.anActivityOnTheDeal;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.noEvidence;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.UserId;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.StageName;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The opportunity lifecycle's evidence: notes, e-mails, meetings and calls only add to what a deal
 * has shown, so logging one never undoes a criterion that held; an activity's kind ignores the
 * detail after its colon; and the default forecast follows crm-core's stages.
 */
class OpportunityProperties {
  private static final List<String> KINDS = List.of(
      OpportunityLifecycle.PROBLEM, OpportunityLifecycle.SUCCESS_MEASURES, OpportunityLifecycle.BUYER_CONFIRMATION,
      OpportunityLifecycle.DEMO, OpportunityLifecycle.PILOT, OpportunityLifecycle.USE_CASE_MATCH,
      OpportunityLifecycle.DECISION_PROCESS, OpportunityLifecycle.PRICING_AGREED, OpportunityLifecycle.SCOPE_AGREED,
      OpportunityLifecycle.DATES_AGREED, OpportunityLifecycle.APPROVAL, "Intro", "Follow-up");
  private static final Instant DONE = SalesFixtures.CREATED_AT;

  @Provide
  Arbitrary<Activity> activities() {
    return Combinators.combine(
            Arbitraries.of(ActivityType.values()),
            Arbitraries.of(KINDS),
            Arbitraries.strings().alpha().ofMaxLength(12),
            Arbitraries.integers().between(0, 7))
        .as((type, kind, detail, flags) -> {
          Activity.Builder activity = anActivityOnTheDeal(type, detail.isEmpty() ? kind : kind + ": " + detail);
          if ((flags & 1) != 0) {
            activity.doneAt(DONE);
          }
          if ((flags & 2) != 0) {
            activity.ownerId(UserId.of("user-legal"));
          }
          if ((flags & 4) != 0) {
            activity.due(DONE);
          }
          return activity.build();
        });
  }

  @Provide
  Arbitrary<List<Activity>> logs() {
    return activities().list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Activity> evidenceOnly() {
    return activities().filter(activity -> activity.type() != ActivityType.TASK);
  }

  @Property
  void logging_a_note_email_meeting_or_call_never_undoes_a_criterion_that_held(
      @ForAll("logs") List<Activity> logged, @ForAll("evidenceOnly") Activity more) {
    OpportunityEvidence before = OpportunityEvidence.of(ShippedFixtures.anOpportunity(), logged);
    OpportunityEvidence after = before.withActivity(more);

    for (ExitCriterion<OpportunityEvidence> criterion : OpportunityLifecycle.criteria().criteria()) {
      if (criterion.holds(before)) {
        assertThat(criterion.holds(after)).as("%s after logging %s", criterion.id(), more.subject()).isTrue();
      }
    }
  }

  @Property
  void an_activitys_kind_ignores_the_detail_after_its_colon(
      @ForAll("kinds") String kind, @ForAll("details") String detail) {
    Activity note = anActivityOnTheDeal(ActivityType.NOTE, kind + ":" + detail).build();

    assertThat(OpportunityEvidence.kindOf(note)).isEqualTo(kind);
    assertThat(noEvidence().withActivity(note).noteKinds()).containsExactly(kind);
  }

  @Property
  void every_stage_forecasts_as_the_crm_core_stage_of_its_name(@ForAll("stages") StageName stage) {
    assertThat(stage.matches(OpportunityOptions.defaults().coreStage(stage).name())).isTrue();
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of(KINDS);
  }

  @Provide
  Arbitrary<String> details() {
    return Arbitraries.strings().withChars("abc :-").ofMinLength(1).ofMaxLength(20)
        .filter(detail -> !detail.isBlank());
  }

  @Provide
  Arbitrary<StageName> stages() {
    return Arbitraries.of(OpportunityLifecycle.STAGES);
  }
}
