package io.crmkit.lifecycle;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.ADA;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.DISCOVERY;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.MONDAY;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.PROPOSAL;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.STEP_BACK;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.SYNC;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small values of crm-lifecycle check and tidy what they are given. */
class ValuesTest {

  @Test
  void names_are_canonical_stripped_folded_and_lower_cased() {
    assertThat(StageName.of(" Closed \u00A0 Won\t").value()).isEqualTo("closed won");
    assertThat(TriggerName.of("Mark as WON")).isEqualTo(TriggerName.of("mark as won"));
    assertThat(EventName.of("Deal Won")).hasToString("deal won");
    assertThat(CriterionId.of("Budget  Known")).hasToString("budget known");
  }

  @Test
  void a_name_matches_any_spelling_of_it() {
    assertThat(StageName.of("closed won").matches("  CLOSED\u2009\u2009won ")).isTrue();
    assertThat(StageName.of("closed won").matches("closedwon")).isFalse();
    assertThat(StageName.of("closed won").matches("closed won now")).isFalse();
    assertThat(StageName.of("closed won").matches("   ")).isFalse();
  }

  @Test
  void a_name_is_refused_when_blank_too_long_or_holding_control_characters() {
    assertRejected(() -> StageName.of(" \u3000 "), "stageName", "required");
    assertRejected(() -> TriggerName.of(null), "triggerName", "required");
    assertRejected(() -> EventName.of("x".repeat(201)), "eventName", "length");
    assertRejected(() -> CriterionId.of("budget\u0000known"), "criterionId", "invalid");
  }

  @Test
  void an_automation_has_a_name_and_a_person_a_user() {
    assertThat(Actor.automation("  nightly   sync ")).isEqualTo(SYNC);
    assertThat(SYNC.isPerson()).isFalse();
    assertThat(SYNC).hasToString("automation 'nightly sync'");
    assertThat(Actor.automatic()).isEqualTo(Actor.automation("automatic"));
    assertThat(ADA.isPerson()).isTrue();
    assertThat(ADA).hasToString("person 'ada'");
    assertThat(ADA).isEqualTo(new Actor.Person(UserId.of("ada")));
    assertRejected(() -> Actor.automation(" "), "actor.name", "required");
    assertRejected(() -> Actor.person(null), "actor.user", "required");
  }

  @Test
  void an_audit_record_of_a_move_back_needs_a_person_and_a_reason() {
    assertRejected(
        () -> AuditRecord.move(SYNC, MONDAY, PROPOSAL, DISCOVERY, STEP_BACK, true, Optional.of("why")),
        "audit.backward", "automation");
    assertRejected(
        () -> AuditRecord.move(ADA, MONDAY, PROPOSAL, DISCOVERY, STEP_BACK, true, Optional.empty()),
        "audit.reason", "required");
    assertThat(AuditRecord.move(ADA, MONDAY, PROPOSAL, DISCOVERY, STEP_BACK, true, Optional.of(" new  scope ")).reason())
        .contains("new scope");
  }

  @Test
  void an_audit_record_has_both_a_stage_left_and_a_trigger_or_neither() {
    assertRejected(
        () -> new AuditRecord(ADA, MONDAY, Optional.of(PROPOSAL), DISCOVERY, Optional.empty(), false, Optional.empty()),
        "audit.trigger", "entry");
    assertRejected(
        () -> AuditRecord.move(ADA, MONDAY, PROPOSAL, DISCOVERY, STEP_BACK, false, Optional.of(" ")),
        "audit.reason", "required");
  }

  @Test
  void a_side_effect_has_a_canonical_kind_and_checked_parameters() {
    SideEffect start = SideEffect.of(" Timer.Start ", Map.of("timer", " first response "));

    assertThat(start).isEqualTo(SideEffect.startTimer("first response"));
    assertThat(start.kind()).isEqualTo(SideEffect.START_TIMER);
    assertThat(start.parameter(SideEffect.TIMER)).contains("first response");
    assertThat(start.parameter("missing")).isEmpty();
    assertThat(SideEffect.of("notify").parameters()).isEmpty();
    assertThat(SideEffect.stopTimer("t").kind()).isEqualTo(SideEffect.STOP_TIMER);
    assertThat(SideEffect.pauseTimer("t").kind()).isEqualTo(SideEffect.PAUSE_TIMER);
    assertThat(SideEffect.resumeTimer("t").kind()).isEqualTo(SideEffect.RESUME_TIMER);
    assertThat(SideEffect.createTask("call").parameter(SideEffect.TITLE)).contains("call");
    assertRejected(() -> SideEffect.startTimer(" "), "sideEffect.parameters.timer", "required");
    assertRejected(() -> SideEffect.of("notify", Map.of(" ", "x")), "sideEffect.parameters", "required");
    assertRejected(() -> SideEffect.of("", Map.of()), "sideEffect.kind", "required");
  }

  @Test
  void a_violation_keeps_its_evidence_and_needs_a_code_and_message() {
    Violation violation = Violation.of(" field_missing ", CriterionId.of("budget known"), "no budget", List.of("budget = (none)"));

    assertThat(violation.code()).isEqualTo(Violation.FIELD_MISSING);
    assertRejected(() -> Violation.of(" ", CriterionId.of("x"), "m"), "violation.code", "required");
    assertRejected(() -> Violation.of("c", CriterionId.of("x"), ""), "violation.message", "required");
  }

  @Test
  void a_stage_definition_keeps_its_label_and_its_flags() {
    StageDefinition stage = StageDefinition.of(" Closed  Won ", 5).asTerminal().asEntry();

    assertThat(stage.name()).isEqualTo(StageName.of("closed won"));
    assertThat(stage.label()).isEqualTo("Closed Won");
    assertThat(stage.terminal()).isTrue();
    assertThat(stage.entry()).isTrue();
    assertThat(stage).hasToString("Closed Won");
    assertThat(TriggerDefinition.of("Mark as Won")).hasToString("Mark as Won");
  }

  @Test
  void a_refusal_has_at_least_one_reason() {
    assertRejected(
        () -> new TransitionResult.Rejected(DISCOVERY, STEP_BACK, List.of()), "rejected.violations", "required");
  }
}
