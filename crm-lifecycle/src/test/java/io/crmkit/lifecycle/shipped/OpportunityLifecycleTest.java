package io.crmkit.lifecycle.shipped;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.ADVANCE;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.CLOSED_LOST;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.CLOSED_WON;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.COMMIT;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.DISCOVERY;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.LOSE;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.PROPOSAL;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.SOLUTION_FIT;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.STEP_BACK;
import static io.crmkit.lifecycle.shipped.OpportunityLifecycle.WIN;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.ADA;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.MONDAY;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.SYNC;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.accepted;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.anActivityOnTheDeal;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.anApproval;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.anOpportunity;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.email;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.in;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.meetingHeld;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.noEvidence;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.note;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.rejected;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.startTimer;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageOutcome;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult.Accepted;
import io.crmkit.lifecycle.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The opportunity lifecycle: each stage's exit criteria as evidence in the record, the words of every refusal, the forecast. */
class OpportunityLifecycleTest {
  private final LifecycleDefinition<OpportunityEvidence> pipeline = OpportunityLifecycle.definition();

  /** Evidence that discovery is complete. */
  private static OpportunityEvidence discoveryDone() {
    return noEvidence()
        .withActivity(note("Problem: exports take a day"))
        .withActivity(note("Success measures: exports in under an hour"))
        .withActivity(email("Buyer confirmation"));
  }

  /** Evidence of everything solution fit needs but a demo or pilot held. */
  private static OpportunityEvidence allButTheDemo() {
    return discoveryDone()
        .withOpportunity(SalesFixtures.anOpportunityIn(Stage.DISCOVERY)
            .addContactRoles(OpportunityContactRole.of(ContactId.of("con-bo"), OpportunityContactRole.DECISION_MAKER))
            .build())
        .withActivity(note("Use case match"))
        .withActivity(note("Decision process: CFO signs after a security review"));
  }

  /** Evidence that the solution fits. */
  private static OpportunityEvidence solutionFits() {
    return allButTheDemo().withActivity(meetingHeld("Demo: export of 2 million contacts"));
  }

  /** Evidence that pricing, scope and dates are agreed in writing. */
  private static OpportunityEvidence agreedInWriting() {
    return solutionFits()
        .withActivity(email("Pricing agreed"))
        .withActivity(email("Scope agreed"))
        .withActivity(email("Dates agreed"));
  }

  // --------------------------------------------------------------------------------- Discovery

  @Test
  void discovery_is_not_complete_without_problem_success_measures_and_the_buyers_confirmation() {
    assertThat(rejected(pipeline.transition(in(DISCOVERY), ADVANCE, noEvidence(), MONDAY, ADA)).violations())
        .containsExactly(
            Violation.of(Violation.NOTE_MISSING, CriterionId.of("problem written"),
                "no note of kind 'Problem' is written", List.of("no notes written")),
            Violation.of(Violation.NOTE_MISSING, CriterionId.of("success measures written"),
                "no note of kind 'Success measures' is written", List.of("no notes written")),
            Violation.of("email_missing", CriterionId.of("buyer confirmed"),
                "no e-mail of kind 'Buyer confirmation' is logged", List.of("no e-mails logged")));
  }

  @Test
  void an_activitys_kind_is_its_subject_up_to_the_colon_in_any_case_and_spacing() {
    OpportunityEvidence evidence = noEvidence()
        .withActivity(note("  problem :  exports take a day"))
        .withActivity(note("SUCCESS   MEASURES"))
        .withActivity(email("Buyer confirmation: yes, that is it"));

    assertThat(evidence.noteKinds()).containsExactly("problem", "SUCCESS MEASURES");
    assertThat(pipeline.transition(in(DISCOVERY), ADVANCE, evidence, MONDAY, ADA).isAccepted()).isTrue();
  }

  @Test
  void a_subject_with_nothing_before_its_colon_is_its_own_kind() {
    assertThat(OpportunityEvidence.kindOf(note(": Problem"))).isEqualTo(": Problem");
    assertThat(OpportunityEvidence.kindOf(note("Problem"))).isEqualTo("Problem");
  }

  @Test
  void the_evidence_found_is_shown_with_the_refusal() {
    OpportunityEvidence evidence = noEvidence().withActivity(note("Problem")).withActivity(email("Hello"));

    assertThat(rejected(pipeline.transition(in(DISCOVERY), ADVANCE, evidence, MONDAY, ADA)).violations())
        .extracting(Violation::evidence)
        .containsExactly(List.of("notes written: Problem"), List.of("e-mails logged: Hello"));
  }

  @Test
  void completing_discovery_moves_on_with_its_event_and_restarts_the_time_in_stage_clock() {
    Accepted accepted = accepted(pipeline.transition(in(DISCOVERY), ADVANCE, discoveryDone(), MONDAY, ADA));

    assertThat(accepted.to()).isEqualTo(SOLUTION_FIT);
    assertThat(accepted.sideEffects()).containsExactly(
        SideEffect.stopTimer("time-in-stage"), startTimer("time-in-stage", "P30D", "calendar"));
  }

  // ------------------------------------------------------------------------------ Solution fit

  @Test
  void solution_fit_needs_a_demo_or_pilot_the_use_case_match_the_decision_process_and_a_decision_maker() {
    assertThat(rejected(pipeline.transition(in(SOLUTION_FIT), ADVANCE, discoveryDone(), MONDAY, ADA)).violations())
        .containsExactly(
            Violation.of(Violation.NONE_MET, CriterionId.of("demo or pilot held"),
                "none of these holds: a meeting of kind 'Demo' is held; a meeting of kind 'Pilot' is held",
                List.of("no meeting of kind 'Demo' is held", "no meeting of kind 'Pilot' is held")),
            Violation.of(Violation.NOTE_MISSING, CriterionId.of("use case matched"),
                "no note of kind 'Use case match' is written",
                List.of("notes written: Problem, Success measures")),
            Violation.of(Violation.NOTE_MISSING, CriterionId.of("decision process named"),
                "no note of kind 'Decision process' is written",
                List.of("notes written: Problem, Success measures")),
            Violation.of(Violation.CONTACT_ROLE_MISSING, CriterionId.of("decision maker named"),
                "no contact is named as 'Decision maker'", List.of("no roles named")));
  }

  @Test
  void a_demo_only_scheduled_is_not_held_and_a_pilot_review_call_counts() {
    Activity scheduledDemo = anActivityOnTheDeal(ActivityType.MEETING, "Demo").due(MONDAY).build();
    Activity pilotReview = anActivityOnTheDeal(ActivityType.CALL, "Pilot: review of week 2").doneAt(MONDAY).build();
    OpportunityEvidence onlyScheduled = allButTheDemo().withActivity(scheduledDemo);

    assertThat(onlyScheduled.meetingsHeld()).isEmpty();
    assertThat(rejected(pipeline.transition(in(SOLUTION_FIT), ADVANCE, onlyScheduled, MONDAY, ADA)).codes())
        .containsExactly(Violation.NONE_MET);
    assertThat(pipeline.transition(in(SOLUTION_FIT), ADVANCE, onlyScheduled.withActivity(pilotReview), MONDAY, ADA)
        .isAccepted()).isTrue();
  }

  @Test
  void a_meeting_held_is_shown_as_evidence_when_of_another_kind() {
    OpportunityEvidence evidence = discoveryDone().withActivity(meetingHeld("Intro call"));

    assertThat(rejected(pipeline.transition(in(SOLUTION_FIT), ADVANCE, evidence, MONDAY, ADA)).violations().get(0)
        .evidence())
        .containsExactly("no meeting of kind 'Demo' is held", "no meeting of kind 'Pilot' is held");
    assertThat(OpportunityLifecycle.criteria().resolve("demo or pilot held").description())
        .isEqualTo("a demo or a pilot is held");
  }

  // --------------------------------------------------------------------------------- Proposal

  @Test
  void a_proposal_commits_only_with_pricing_scope_and_dates_agreed_in_writing_and_approvals_under_way() {
    assertThat(rejected(pipeline.transition(in(PROPOSAL), ADVANCE, solutionFits(), MONDAY, ADA)).violations())
        .containsExactly(
            Violation.of("email_missing", CriterionId.of("pricing agreed in writing"),
                "no e-mail of kind 'Pricing agreed' is logged", List.of("e-mails logged: Buyer confirmation")),
            Violation.of("email_missing", CriterionId.of("scope agreed in writing"),
                "no e-mail of kind 'Scope agreed' is logged", List.of("e-mails logged: Buyer confirmation")),
            Violation.of("email_missing", CriterionId.of("dates agreed in writing"),
                "no e-mail of kind 'Dates agreed' is logged", List.of("e-mails logged: Buyer confirmation")),
            Violation.of(Violation.APPROVAL_MISSING, CriterionId.of("approvals under way"),
                "no internal approval is under way", List.of("no approval tasks")));
  }

  @Test
  void each_approval_names_its_approver_and_target_date() {
    OpportunityEvidence evidence = agreedInWriting()
        .withActivity(anApproval("Approval: legal").ownerId(Optional.empty()).build())
        .withActivity(anApproval("Approval: discount").due(Optional.empty()).build())
        .withActivity(anApproval("Approval: security").build());

    assertThat(rejected(pipeline.transition(in(PROPOSAL), ADVANCE, evidence, MONDAY, ADA)).violations())
        .containsExactly(
            Violation.of("approver_missing", CriterionId.of("approvals under way"),
                "approval 'Approval: legal' has no named approver", List.of("approver = (none)")),
            Violation.of("target_date_missing", CriterionId.of("approvals under way"),
                "approval 'Approval: discount' has no target date", List.of("due = (none)")));
  }

  @Test
  void with_terms_in_writing_and_approvals_under_way_the_deal_is_committed() {
    OpportunityEvidence evidence = agreedInWriting().withActivity(anApproval("Approval: legal").build());

    Accepted accepted = accepted(pipeline.transition(in(PROPOSAL), ADVANCE, evidence, MONDAY, ADA));

    assertThat(accepted.to()).isEqualTo(COMMIT);
    assertThat(evidence.approvals()).hasSize(1);
  }

  // ----------------------------------------------------------------------------------- Commit

  @Test
  void a_deal_is_won_only_when_every_approval_is_granted() {
    OpportunityEvidence pending = agreedInWriting()
        .withActivity(anApproval("Approval: legal").doneAt(MONDAY).build())
        .withActivity(anApproval("Approval: discount").build());

    assertThat(rejected(pipeline.transition(in(COMMIT), WIN, agreedInWriting(), MONDAY, ADA)).violations())
        .containsExactly(Violation.of(Violation.APPROVAL_MISSING, CriterionId.of("approvals granted"),
            "no internal approval is recorded", List.of("no approval tasks")));
    assertThat(rejected(pipeline.transition(in(COMMIT), WIN, pending, MONDAY, ADA)).violations())
        .containsExactly(Violation.of("approval_pending", CriterionId.of("approvals granted"),
            "approval 'Approval: discount' is not granted yet",
            List.of("approver = user-legal", "due = 2026-03-20T17:00:00Z")));
  }

  @Test
  void winning_stops_the_time_in_stage_clock_and_a_deal_may_be_lost_from_any_open_stage() {
    OpportunityEvidence granted = agreedInWriting().withActivity(anApproval("Approval: legal").doneAt(MONDAY).build());

    Accepted won = accepted(pipeline.transition(in(COMMIT), WIN, granted, MONDAY, ADA));

    assertThat(won.to()).isEqualTo(CLOSED_WON);
    assertThat(won.sideEffects()).containsExactly(SideEffect.stopTimer("time-in-stage"));
    for (StageName open : List.of(DISCOVERY, SOLUTION_FIT, PROPOSAL, COMMIT)) {
      assertThat(accepted(pipeline.transition(in(open), LOSE, noEvidence(), MONDAY)).to()).isEqualTo(CLOSED_LOST);
    }
  }

  @Test
  void only_a_person_giving_a_reason_steps_a_deal_back() {
    assertThat(rejected(pipeline.transition(in(PROPOSAL), STEP_BACK, noEvidence(), MONDAY, SYNC)).codes())
        .containsExactly(Violation.AUTOMATIC_MOVE_BACK);
    assertThat(accepted(pipeline.transition(in(PROPOSAL), STEP_BACK, noEvidence(), MONDAY, ADA, "new stakeholder"))
        .to()).isEqualTo(SOLUTION_FIT);
  }

  // --------------------------------------------------------------------------------- forecast

  @Test
  void each_stage_stands_for_a_crm_core_stage_with_its_forecast_category_and_probability() {
    OpportunityOptions defaults = OpportunityOptions.defaults();

    assertThat(OpportunityLifecycle.STAGES).extracting(defaults::coreStage).containsExactlyElementsOf(Stage.defaults());
    assertThat(OpportunityLifecycle.STAGES).extracting(defaults::forecastCategory).containsExactly(
        ForecastCategory.PIPELINE, ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT,
        ForecastCategory.CLOSED, ForecastCategory.OMITTED);
    assertThat(OpportunityLifecycle.STAGES).extracting(defaults::probability).containsExactly(10, 30, 60, 90, 100, 0);
    assertThat(pipeline.stages()).extracting(s -> s.name()).containsExactlyElementsOf(OpportunityLifecycle.STAGES);
  }

  @Test
  void options_change_a_stages_probability_and_category_and_the_time_in_stage_target() {
    OpportunityOptions options = OpportunityOptions.defaults()
        .withCoreStage(new Stage("proposal", StageOutcome.OPEN, 50, ForecastCategory.PIPELINE))
        .withTimeInStageDays(14);

    assertThat(options.probability(PROPOSAL)).isEqualTo(50);
    assertThat(options.forecastCategory(PROPOSAL)).isEqualTo(ForecastCategory.PIPELINE);
    assertThat(options.probability(COMMIT)).isEqualTo(90);
    assertThat(accepted(OpportunityLifecycle.definition(options)
        .transition(in(DISCOVERY), ADVANCE, discoveryDone(), MONDAY)).sideEffects())
        .contains(startTimer("time-in-stage", "P14D", "calendar"));
  }

  @Test
  void options_refuse_core_stages_that_do_not_match_the_lifecycle() {
    List<Stage> swapped = new ArrayList<>(Stage.defaults());
    swapped.set(0, Stage.SOLUTION_FIT);
    swapped.set(1, Stage.DISCOVERY);
    List<Stage> openWon = new ArrayList<>(Stage.defaults());
    openWon.set(4, new Stage("Closed won", StageOutcome.OPEN, 95, ForecastCategory.COMMIT));

    CrmValidationException name = assertRejected("opportunityOptions.coreStages[0]", "name",
        () -> new OpportunityOptions(30, swapped));
    assertThat(name.getMessage()).isEqualTo(
        "opportunityOptions.coreStages[0]: name (was 'Solution fit'): the stage at this place is 'discovery'");
    assertRejected("opportunityOptions.coreStages[4]", "outcome", () -> new OpportunityOptions(30, openWon));
    assertRejected("opportunityOptions.coreStages", "size", () -> new OpportunityOptions(30, Stage.defaults().subList(0, 5)));
    assertRejected("opportunityOptions.timeInStageDays", "range", () -> OpportunityOptions.defaults().withTimeInStageDays(0));
    assertRejected("stage", "unknown",
        () -> OpportunityOptions.defaults().withCoreStage(new Stage("Negotiation", StageOutcome.OPEN, 70, ForecastCategory.BEST_CASE)));
    assertRejected("stage", "unknown", () -> OpportunityOptions.defaults().coreStage(StageName.of("Negotiation")));
  }

  @Test
  void a_crm_core_opportunity_is_in_the_stage_of_its_stages_name() {
    assertThat(OpportunityLifecycle.stageOf(SalesFixtures.anOpportunityIn(Stage.COMMIT).build())).contains(COMMIT);
    assertThat(OpportunityLifecycle.stageOf(SalesFixtures.anOpportunityIn(Stage.CLOSED_LOST).build())).contains(CLOSED_LOST);
    assertThat(OpportunityLifecycle.stageOf(SalesFixtures.anOpportunityIn(
        new Stage("Negotiation", StageOutcome.OPEN, 70, ForecastCategory.BEST_CASE)).build())).isEmpty();
  }

  // --------------------------------------------------------------------------------- evidence

  @Test
  void evidence_refuses_an_activity_logged_on_another_opportunity() {
    Activity elsewhere = anActivityOnTheDeal(ActivityType.NOTE, "Problem").opportunityId(OpportunityId.of("opp-other")).build();

    CrmValidationException e = assertRejected("opportunityEvidence.activities[0]", "unrelated",
        () -> OpportunityEvidence.of(anOpportunity(), List.of(elsewhere)));
    assertThat(e.getMessage()).isEqualTo(
        "opportunityEvidence.activities[0]: unrelated (was '" + elsewhere.id()
            + "'): the activity is not logged on opportunity opp-acme-seats");
  }
}
