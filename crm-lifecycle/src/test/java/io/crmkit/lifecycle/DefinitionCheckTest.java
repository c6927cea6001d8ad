package io.crmkit.lifecycle;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.CrmValidationExceptionAssert.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.fixtures.Deal;
import io.crmkit.lifecycle.fixtures.SamplePipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A definition is checked when built: every problem is refused with its path, its rule and a clear message. */
class DefinitionCheckTest {

  /** A two-stage lifecycle that builds; each test breaks it in one way. */
  private static LifecycleDefinition.Builder<Deal> aLifecycle() {
    return LifecycleDefinition.<Deal>builder("Lead")
        .entryStage("New", 0)
        .terminalStage("Qualified", 1)
        .trigger("qualify")
        .transition("qualify", "New", "Qualified");
  }

  @Test
  void the_sample_lifecycles_build() {
    assertThat(aLifecycle().build().stages()).hasSize(2);
    assertThat(SamplePipeline.pipeline().transitions()).hasSize(9);
  }

  @Test
  void a_lifecycle_needs_a_name() {
    assertRejected(() -> LifecycleDefinition.<Deal>builder(" ").build(), "lifecycle", "required");
  }

  @Test
  void a_lifecycle_needs_a_stage() {
    message(
        assertRejected(() -> LifecycleDefinition.<Deal>builder("Empty").build(), "stages", "required"),
        "stages: required (was '[]'): a lifecycle has at least one stage");
  }

  @Test
  void a_stage_needs_a_name() {
    assertRejected(() -> aLifecycle().stage("", 3).build(), "stages[2].name", "required");
  }

  @Test
  void a_stage_declared_twice_is_refused_whatever_its_case() {
    message(
        assertRejected(() -> aLifecycle().stage("  QUALIFIED ", 2).build(), "stages[2].name", "duplicate"),
        "stages[2].name: duplicate (was '  QUALIFIED '): stage 'qualified' is declared twice: stages[1] and stages[2]");
  }

  @Test
  void a_lifecycle_needs_an_entry_stage() {
    LifecycleDefinition.Builder<Deal> noEntry = LifecycleDefinition.<Deal>builder("Lead")
        .stage("New", 0)
        .terminalStage("Qualified", 1)
        .trigger("qualify")
        .transition("qualify", "New", "Qualified");

    message(
        assertRejected(noEntry::build, "stages", "no-entry"),
        "stages: no-entry (was ''new', 'qualified''): no stage is an entry stage: mark the stages at which"
            + " records enter the lifecycle");
  }

  @Test
  void a_trigger_declared_twice_is_refused() {
    message(
        assertRejected(() -> aLifecycle().trigger("Qualify").build(), "triggers[1].name", "duplicate"),
        "triggers[1].name: duplicate (was 'Qualify'): trigger 'qualify' is declared twice: triggers[0] and triggers[1]");
  }

  @Test
  void a_transition_by_an_undeclared_trigger_is_refused() {
    message(
        assertRejected(() -> aLifecycle().transition("promote", "New", "Qualified").build(),
            "transitions[1].trigger", "unknown-trigger"),
        "transitions[1].trigger: unknown-trigger (was 'promote'): no trigger 'promote' is declared; declared: 'qualify'");
  }

  @Test
  void a_transition_from_an_undeclared_stage_is_refused() {
    message(
        assertRejected(
            () -> aLifecycle().transition("qualify", t -> t.from("Old").to("Qualified")).build(),
            "transitions[1].from[0]", "unknown-stage"),
        "transitions[1].from[0]: unknown-stage (was 'Old'): no stage 'old' is declared; declared: 'new', 'qualified'");
  }

  @Test
  void a_trigger_with_no_target_stage_is_refused() {
    message(
        assertRejected(() -> aLifecycle().stage("Nurture", 0, s -> s.entry())
                .trigger("nurture")
                .transition("nurture", "New", "Nurtured")
                .build(),
            "transitions[1].to", "unknown-stage"),
        "transitions[1].to: unknown-stage (was 'Nurtured'): no stage 'nurtured' is declared;"
            + " declared: 'new', 'qualified', 'nurture'");
  }

  @Test
  void a_transition_without_a_target_is_refused() {
    message(
        assertRejected(() -> aLifecycle().transition("qualify", t -> t.from("New")).build(), "transitions[1].to", "required"),
        "transitions[1].to: required (was 'null'): a transition leads to a stage");
  }

  @Test
  void a_transition_without_a_source_is_refused() {
    assertRejected(() -> aLifecycle().transition("qualify", t -> t.to("New")).build(), "transitions[1].from", "required");
  }

  @Test
  void a_transition_naming_a_source_twice_is_refused() {
    assertRejected(
        () -> LifecycleDefinition.<Deal>builder("Lead").entryStage("New", 0).terminalStage("Qualified", 1)
            .trigger("qualify").transition("qualify", t -> t.from("New", "new").to("Qualified")).build(),
        "transitions[0].from[1]", "duplicate");
  }

  @Test
  void a_trigger_leading_out_of_one_stage_to_two_stages_is_ambiguous() {
    LifecycleDefinition.Builder<Deal> twoWays = aLifecycle()
        .terminalStage("Disqualified", 1)
        .transition("qualify", "New", "Disqualified");

    message(
        assertRejected(twoWays::build, "transitions[1].from[0]", "ambiguous"),
        "transitions[1].from[0]: ambiguous (was 'New'): trigger 'qualify' already leads out of 'new' by"
            + " transitions[0]; a trigger leads out of a stage to one stage only");
  }

  @Test
  void a_transition_leaving_a_terminal_stage_is_refused() {
    message(
        assertRejected(() -> aLifecycle().trigger("reopen").transition("reopen", "Qualified", "New").build(),
            "transitions[1].from[0]", "terminal-stage"),
        "transitions[1].from[0]: terminal-stage (was 'Qualified'): 'qualified' is terminal: no transition may leave it");
  }

  @Test
  void a_trigger_that_no_transition_uses_leads_nowhere() {
    message(
        assertRejected(() -> aLifecycle().trigger("nurture").build(), "triggers[1].name", "no-target"),
        "triggers[1].name: no-target (was 'nurture'): trigger 'nurture' leads nowhere: no transition uses it");
  }

  @Test
  void a_stage_no_chain_of_transitions_reaches_is_unreachable() {
    LifecycleDefinition.Builder<Deal> island = aLifecycle()
        .stage("Recycled", 0)
        .trigger("requalify")
        .transition("requalify", "Recycled", "Qualified");

    message(
        assertRejected(island::build, "stages[2].name", "unreachable"),
        "stages[2].name: unreachable (was 'Recycled'): stage 'recycled' cannot be reached: no chain of"
            + " transitions leads to it from 'new'");
  }

  @Test
  void a_stage_reached_only_through_another_unreachable_stage_is_unreachable_too() {
    LifecycleDefinition.Builder<Deal> chain = aLifecycle()
        .stage("A", 0)
        .stage("B", 0)
        .triggers("a to b", "b to a")
        .transition("a to b", "A", "B")
        .transition("b to a", "B", "A");

    assertRejected(chain::build, "stages[2].name", "unreachable");
  }

  @Test
  void a_stage_that_is_not_terminal_but_has_no_way_out_is_a_dead_end() {
    LifecycleDefinition.Builder<Deal> deadEnd = LifecycleDefinition.<Deal>builder("Lead")
        .entryStage("New", 0)
        .stage("Qualified", 1)
        .trigger("qualify")
        .transition("qualify", "New", "Qualified");

    message(
        assertRejected(deadEnd::build, "stages[1].name", "dead-end"),
        "stages[1].name: dead-end (was 'Qualified'): stage 'qualified' is not terminal but no transition leaves it:"
            + " add one, or mark it terminal");
  }

  @Test
  void a_criterion_named_by_an_id_the_registry_does_not_hold_is_refused() {
    LifecycleDefinition.Builder<Deal> unknown = LifecycleDefinition.builder("Lead", SamplePipeline.CRITERIA)
        .entryStage("New", 0)
        .terminalStage("Qualified", 1)
        .trigger("qualify")
        .transition("qualify", "New", "Qualified", t -> t.requires("budget known", "Authority named"));

    message(
        assertRejected(unknown::build, "transitions[0].exitCriteria[1]", "unknown-criterion"),
        "transitions[0].exitCriteria[1]: unknown-criterion (was 'Authority named'): no criterion 'authority named'"
            + " in the registry; known: 'problem written', 'success measures written', 'buyer confirmed',"
            + " 'demo or pilot done', 'decision maker named', 'budget known', 'pricing agreed',"
            + " 'close date agreed', 'legal approved'");
  }

  @Test
  void a_criterion_named_without_a_registry_is_refused() {
    message(
        assertRejected(
            () -> LifecycleDefinition.<Deal>builder("Lead").entryStage("New", 0).terminalStage("Qualified", 1)
                .trigger("qualify").transition("qualify", "New", "Qualified", t -> t.requires("budget known")).build(),
            "transitions[0].exitCriteria[0]", "unknown-criterion"),
        "transitions[0].exitCriteria[0]: unknown-criterion (was 'budget known'): no criterion 'budget known' in the"
            + " registry; the registry is empty");
  }

  @Test
  void a_criterion_required_twice_on_a_transition_is_refused() {
    assertRejected(
        () -> LifecycleDefinition.builder("Lead", SamplePipeline.CRITERIA).entryStage("New", 0).terminalStage("Qualified", 1)
            .trigger("qualify")
            .transition("qualify", "New", "Qualified", t -> t.requires("budget known").requires(SamplePipeline.BUDGET_KNOWN))
            .build(),
        "transitions[0].exitCriteria[1]", "duplicate");
  }

  @Test
  void an_event_named_twice_on_a_transition_is_refused() {
    assertRejected(
        () -> LifecycleDefinition.<Deal>builder("Lead").entryStage("New", 0).terminalStage("Qualified", 1)
            .trigger("qualify").transition("qualify", "New", "Qualified", t -> t.emits("lead qualified", "Lead  Qualified"))
            .build(),
        "transitions[0].events[1]", "duplicate");
  }

  @Test
  void a_blank_event_name_is_refused() {
    assertRejected(
        () -> LifecycleDefinition.<Deal>builder("Lead").entryStage("New", 0).terminalStage("Qualified", 1)
            .trigger("qualify").transition("qualify", "New", "Qualified", t -> t.emits(" ")).build(),
        "transitions[0].events[0]", "required");
  }

  @Test
  void a_stage_label_may_differ_from_its_name() {
    LifecycleDefinition<Deal> lead = LifecycleDefinition.<Deal>builder("Lead")
        .stage("mql", 0, s -> s.entry().label("Marketing qualified lead"))
        .terminalStage("sql", 1)
        .trigger("accept")
        .transition("accept", "MQL", "SQL")
        .build();

    assertThat(lead.stage(StageName.of("MQL")).orElseThrow().label()).isEqualTo("Marketing qualified lead");
    assertThat(lead.stage(StageName.of("SQL")).orElseThrow().label()).isEqualTo("sql");
  }

  @Test
  void declarations_made_beforehand_build_the_same_definition_as_the_fluent_ones() {
    LifecycleDefinition<Deal> fluent = aLifecycle().build();

    LifecycleDefinition<Deal> fromValues = LifecycleDefinition.<Deal>builder("Lead")
        .stage(StageDefinition.of("New", 0).asEntry())
        .stage(StageDefinition.of("Qualified", 1).asTerminal())
        .trigger(TriggerDefinition.of("qualify"))
        .transition(Transition.of(TriggerName.of("qualify"), StageName.of("New"), StageName.of("Qualified")))
        .build();

    assertThat(fromValues).isEqualTo(fluent).hasSameHashCodeAs(fluent);
    assertThat(SamplePipeline.pipeline()).isEqualTo(rebuilt(SamplePipeline.pipeline()));
  }

  @Test
  void a_definition_is_described_by_its_name_and_sizes() {
    assertThat(aLifecycle().build()).hasToString("LifecycleDefinition[Lead: 2 stages, 1 triggers, 1 transitions]");
  }

  @Test
  void the_definition_lists_its_entry_stages_and_finds_stages_and_triggers_by_name() {
    LifecycleDefinition<Deal> pipeline = SamplePipeline.pipeline();

    assertThat(pipeline.entryStages()).containsExactly(SamplePipeline.DISCOVERY);
    assertThat(pipeline.stage(StageName.of("closed WON"))).map(StageDefinition::terminal).contains(true);
    assertThat(pipeline.stage(StageName.of("nowhere"))).isEmpty();
    assertThat(pipeline.trigger(TriggerName.of("STEP back"))).map(TriggerDefinition::label).contains("Step back");
    assertThat(pipeline.trigger(TriggerName.of("jump"))).isEmpty();
  }

  private static LifecycleDefinition<Deal> rebuilt(LifecycleDefinition<Deal> definition) {
    LifecycleDefinition.Builder<Deal> builder = LifecycleDefinition.builder(definition.name());
    definition.stages().forEach(builder::stage);
    definition.triggers().forEach(builder::trigger);
    definition.transitions().forEach(builder::transition);
    return builder.build();
  }

  @Test
  void a_transition_value_refuses_what_a_builder_would() {
    StageName a = StageName.of("a");
    TriggerName go = TriggerName.of("go");
    assertRejected(() -> new Transition<Deal>(go, List.of(), a, List.of(), List.of(), List.of()), "transition.from", "required");
    assertRejected(() -> new Transition<Deal>(go, List.of(a, a), a, List.of(), List.of(), List.of()), "transition.from", "duplicate");
    assertRejected(
        () -> new Transition<>(go, List.of(a), a, List.of(SamplePipeline.BUDGET_KNOWN, SamplePipeline.BUDGET_KNOWN),
            List.of(), List.of()),
        "transition.exitCriteria", "duplicate");
    assertRejected(
        () -> new Transition<Deal>(go, List.of(a), a, List.of(), List.of(EventName.of("e"), EventName.of("E")), List.of()),
        "transition.events", "duplicate");
  }
}
