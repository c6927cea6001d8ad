package io.crmkit.lifecycle;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.Deal.aDeal;
import static io.crmkit.lifecycle.fixtures.Deal.aDealReadyForEverything;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.ADA;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.ADVANCE;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.CLOSED_LOST;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.CLOSED_WON;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.COMMIT;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.DISCOVERY;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.LOSE;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.MONDAY;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.PROPOSAL;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.REVISE;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.SOLUTION_FIT;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.STEP_BACK;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.SYNC;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.WIN;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.in;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.Money;
import io.crmkit.lifecycle.TransitionResult.Accepted;
import io.crmkit.lifecycle.TransitionResult.Rejected;
import io.crmkit.lifecycle.fixtures.Deal;
import io.crmkit.lifecycle.fixtures.SamplePipeline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LifecycleDefinition#transition}: what a move returns, and every reason it is refused. */
class TransitionTest {
  private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);
  private final LifecycleDefinition<Deal> pipeline = SamplePipeline.pipeline();

  @Test
  void a_move_whose_criteria_hold_is_accepted_with_the_new_state_entered_at_the_time_of_the_move() {
    // when
    TransitionResult result = pipeline.transition(in(DISCOVERY), ADVANCE, aDealReadyForEverything(), TUESDAY, ADA);

    // then
    Accepted accepted = accepted(result);
    assertThat(accepted.from()).isEqualTo(DISCOVERY);
    assertThat(accepted.to()).isEqualTo(SOLUTION_FIT);
    assertThat(accepted.trigger()).isEqualTo(ADVANCE);
    assertThat(accepted.state()).isEqualTo(LifecycleState.of(SOLUTION_FIT, TUESDAY));
    assertThat(accepted.isAccepted()).isTrue();
  }

  @Test
  void an_accepted_move_emits_stage_changed_then_the_events_the_transition_declares() {
    Accepted accepted = accepted(pipeline.transition(in(COMMIT), WIN, aDealReadyForEverything(), TUESDAY, ADA));

    assertThat(accepted.events()).containsExactly(
        new StageChanged("Opportunity", COMMIT, CLOSED_WON, WIN, false, ADA, TUESDAY),
        new NamedEventOccurred("Opportunity", EventName.of("deal won"), COMMIT, CLOSED_WON, WIN, ADA, TUESDAY),
        new NamedEventOccurred("Opportunity", EventName.of("customer gained"), COMMIT, CLOSED_WON, WIN, ADA, TUESDAY));
  }

  @Test
  void side_effects_come_in_order_leaving_the_stage_then_the_transition_then_entering() {
    Accepted fromDiscovery = accepted(pipeline.transition(in(DISCOVERY), ADVANCE, aDealReadyForEverything(), TUESDAY));
    Accepted won = accepted(pipeline.transition(in(COMMIT), WIN, aDealReadyForEverything(), TUESDAY));
    Accepted backToDiscovery = accepted(
        pipeline.transition(in(SOLUTION_FIT), STEP_BACK, aDeal(), TUESDAY, ADA, "buyer reopened the scope"));

    assertThat(fromDiscovery.sideEffects()).containsExactly(SideEffect.stopTimer("discovery"));
    assertThat(won.sideEffects()).containsExactly(SideEffect.createTask("book the kickoff"));
    assertThat(backToDiscovery.sideEffects()).containsExactly(SideEffect.startTimer("discovery"));
  }

  @Test
  void the_audit_record_says_who_when_from_to_by_which_trigger_and_why() {
    Accepted accepted = accepted(pipeline.transition(in(PROPOSAL), LOSE, aDeal(), TUESDAY, ADA, "  went with  a rival "));

    assertThat(accepted.audit()).isEqualTo(new AuditRecord(
        ADA, TUESDAY, Optional.of(PROPOSAL), CLOSED_LOST, Optional.of(LOSE), false, Optional.of("went with a rival")));
    assertThat(accepted.audit().isEntry()).isFalse();
  }

  @Test
  void the_four_argument_transition_is_an_automatic_move() {
    Accepted accepted = accepted(pipeline.transition(in(DISCOVERY), LOSE, aDeal(), TUESDAY));

    assertThat(accepted.audit().actor()).isEqualTo(Actor.automatic());
    assertThat(accepted.audit().reason()).isEmpty();
  }

  @Test
  void every_unmet_criterion_is_listed_not_only_the_first() {
    // given a deal with nothing written, named or agreed
    Deal deal = aDeal();

    // when
    Rejected rejected = rejected(pipeline.transition(in(DISCOVERY), ADVANCE, deal, TUESDAY, ADA));

    // then
    assertThat(rejected.from()).isEqualTo(DISCOVERY);
    assertThat(rejected.trigger()).isEqualTo(ADVANCE);
    assertThat(rejected.isAccepted()).isFalse();
    assertThat(rejected.violations()).containsExactly(
        Violation.of(Violation.NOTE_MISSING, CriterionId.of("problem written"),
            "no note of kind 'problem' is written", List.of("no notes written")),
        Violation.of(Violation.NOTE_MISSING, CriterionId.of("success measures written"),
            "no note of kind 'success measures' is written", List.of("no notes written")),
        Violation.of(Violation.APPROVAL_MISSING, CriterionId.of("buyer confirmed"),
            "no 'buyer confirmation' approval is recorded", List.of("no approvals recorded")));
  }

  @Test
  void only_the_criteria_that_do_not_hold_are_listed() {
    Deal deal = aDeal().withBudget(Money.of("1000", "EUR")).withCloseDate(LocalDate.of(2026, 5, 1));

    Rejected rejected = rejected(pipeline.transition(in(PROPOSAL), ADVANCE, deal, TUESDAY, ADA));

    assertThat(rejected.violations()).extracting(Violation::criterion).containsExactly(CriterionId.of("pricing agreed"));
    assertThat(rejected.codes()).containsExactly(Violation.APPROVAL_MISSING);
  }

  @Test
  void a_trigger_that_does_not_lead_out_of_the_stage_is_refused_naming_the_triggers_that_do() {
    Rejected rejected = rejected(pipeline.transition(in(DISCOVERY), WIN, aDealReadyForEverything(), TUESDAY, ADA));

    assertThat(rejected.violations()).containsExactly(Violation.of(
        Violation.TRIGGER_NOT_AVAILABLE, CriterionId.TRIGGER_LEADS_OUT,
        "trigger 'win' does not lead out of 'discovery'",
        List.of("triggers out of 'discovery': advance, lose")));
  }

  @Test
  void nothing_leads_out_of_a_terminal_stage() {
    Rejected rejected = rejected(pipeline.transition(in(CLOSED_WON), LOSE, aDeal(), TUESDAY, ADA));

    assertThat(rejected.violations()).containsExactly(Violation.of(
        Violation.TERMINAL_STAGE, CriterionId.TRIGGER_LEADS_OUT,
        "'closed won' is a terminal stage: nothing leads out of it"));
  }

  @Test
  void an_automation_never_moves_a_record_back() {
    Rejected rejected = rejected(pipeline.transition(in(PROPOSAL), STEP_BACK, aDeal(), TUESDAY, SYNC));

    assertThat(rejected.violations()).containsExactly(Violation.of(
        Violation.AUTOMATIC_MOVE_BACK, CriterionId.NO_AUTOMATIC_MOVE_BACK,
        "an automation never moves a record back from 'proposal' (rank 3) to 'solution fit' (rank 2);"
            + " a person may, giving a reason",
        List.of("actor: automation 'nightly sync'")));
  }

  @Test
  void an_automation_is_refused_a_move_back_even_with_a_reason() {
    Rejected rejected = rejected(pipeline.transition(in(PROPOSAL), STEP_BACK, aDeal(), TUESDAY, SYNC, "sync said so"));

    assertThat(rejected.codes()).containsExactly(Violation.AUTOMATIC_MOVE_BACK);
  }

  @Test
  void a_person_moving_a_record_back_without_a_reason_is_refused() {
    Rejected rejected = rejected(pipeline.transition(in(COMMIT), STEP_BACK, aDeal(), TUESDAY, ADA));

    assertThat(rejected.violations()).containsExactly(Violation.of(
        Violation.REASON_REQUIRED, CriterionId.REASON_FOR_MOVE_BACK,
        "moving a record back from 'commit' (rank 4) to 'proposal' (rank 3) needs a reason"));
  }

  @Test
  void a_person_may_move_a_record_back_with_a_reason_and_the_move_is_audited_as_backward() {
    Accepted accepted = accepted(
        pipeline.transition(in(COMMIT), STEP_BACK, aDeal(), TUESDAY, ADA, "legal wants a new scope"));

    assertThat(accepted.state()).isEqualTo(LifecycleState.of(PROPOSAL, TUESDAY));
    assertThat(accepted.audit().backward()).isTrue();
    assertThat(accepted.audit().reason()).contains("legal wants a new scope");
    assertThat(accepted.events()).containsExactly(
        new StageChanged("Opportunity", COMMIT, PROPOSAL, STEP_BACK, true, ADA, TUESDAY));
  }

  @Test
  void the_engine_rules_come_first_then_every_unmet_criterion() {
    LifecycleDefinition<Deal> guarded = LifecycleDefinition.<Deal>builder("Guarded")
        .entryStage("High", 2)
        .terminalStage("Low", 1)
        .trigger("drop")
        .transition("drop", "High", "Low", t -> t.requires(SamplePipeline.BUDGET_KNOWN))
        .build();

    Rejected rejected = rejected(guarded.transition(in(StageName.of("high")), TriggerName.of("drop"), aDeal(), TUESDAY));

    assertThat(rejected.codes()).containsExactly(Violation.AUTOMATIC_MOVE_BACK, Violation.FIELD_MISSING);
  }

  @Test
  void a_transition_that_keeps_the_stage_keeps_its_entry_time_and_emits_only_its_own_events() {
    Accepted accepted = accepted(pipeline.transition(in(PROPOSAL), REVISE, aDeal(), TUESDAY, ADA));

    assertThat(accepted.state()).isEqualTo(in(PROPOSAL));
    assertThat(accepted.events()).containsExactly(new NamedEventOccurred(
        "Opportunity", EventName.of("proposal revised"), PROPOSAL, PROPOSAL, REVISE, ADA, TUESDAY));
    assertThat(accepted.sideEffects()).isEmpty();
    assertThat(accepted.audit().from()).contains(PROPOSAL);
    assertThat(accepted.audit().to()).isEqualTo(PROPOSAL);
  }

  @Test
  void a_trigger_the_lifecycle_does_not_declare_is_bad_input() {
    CrmValidationExceptionAssert.message(
        assertRejected(
            () -> pipeline.transition(in(DISCOVERY), TriggerName.of("teleport"), aDeal(), TUESDAY), "trigger", "unknown"),
        "trigger: unknown (was 'teleport'): lifecycle 'Opportunity' has no trigger 'teleport';"
            + " its triggers: 'advance', 'win', 'lose', 'step back', 'revise'");
  }

  @Test
  void a_stage_the_lifecycle_does_not_declare_is_bad_input() {
    CrmValidationExceptionAssert.message(
        assertRejected(
            () -> pipeline.transition(in(StageName.of("Negotiation")), ADVANCE, aDeal(), TUESDAY), "current.stage", "unknown"),
        "current.stage: unknown (was 'negotiation'): lifecycle 'Opportunity' has no stage 'negotiation';"
            + " its stages: 'discovery', 'solution fit', 'proposal', 'commit', 'closed won', 'closed lost'");
  }

  @Test
  void a_blank_reason_is_bad_input() {
    assertRejected(() -> pipeline.transition(in(COMMIT), STEP_BACK, aDeal(), TUESDAY, ADA, "  "), "reason", "required");
  }

  @Test
  void names_are_matched_whatever_their_case_and_spacing() {
    TransitionResult result = pipeline.transition(
        LifecycleState.of(StageName.of(" SOLUTION   Fit"), MONDAY), TriggerName.of("Step  Back"), aDeal(), TUESDAY,
        ADA, "because");

    assertThat(accepted(result).to()).isEqualTo(DISCOVERY);
  }

  @Test
  void a_record_enters_at_an_entry_stage_with_its_event_side_effects_and_audit() {
    LifecycleStart start = pipeline.start(DISCOVERY, MONDAY, ADA);

    assertThat(start.state()).isEqualTo(in(DISCOVERY));
    assertThat(start.events()).containsExactly(new LifecycleEntered("Opportunity", DISCOVERY, ADA, MONDAY));
    assertThat(start.sideEffects()).containsExactly(SideEffect.startTimer("discovery"));
    assertThat(start.audit()).isEqualTo(AuditRecord.entry(ADA, MONDAY, DISCOVERY));
    assertThat(start.audit().isEntry()).isTrue();
  }

  @Test
  void a_record_cannot_enter_at_a_stage_that_is_not_an_entry_stage() {
    CrmValidationExceptionAssert.message(
        assertRejected(() -> pipeline.start(PROPOSAL, MONDAY, ADA), "stage", "not-entry"),
        "stage: not-entry (was 'proposal'): records enter lifecycle 'Opportunity' at 'discovery' only");
  }

  @Test
  void a_record_cannot_enter_at_an_unknown_stage() {
    assertRejected(() -> pipeline.start(StageName.of("Nowhere"), MONDAY, ADA), "stage", "unknown");
  }

  @Test
  void whether_a_move_goes_back_is_read_from_the_ranks() {
    assertThat(pipeline.isBackward(COMMIT, PROPOSAL)).isTrue();
    assertThat(pipeline.isBackward(PROPOSAL, COMMIT)).isFalse();
    assertThat(pipeline.isBackward(CLOSED_WON, CLOSED_LOST)).isFalse();
  }

  private static Accepted accepted(TransitionResult result) {
    assertThat(result).as("%s", result).isInstanceOf(Accepted.class);
    return (Accepted) result;
  }

  private static Rejected rejected(TransitionResult result) {
    assertThat(result).as("%s", result).isInstanceOf(Rejected.class);
    return (Rejected) result;
  }
}
