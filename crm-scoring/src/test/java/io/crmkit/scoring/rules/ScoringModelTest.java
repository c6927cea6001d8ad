package io.crmkit.scoring.rules;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.LeadStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A model as a whole: its defaults, and every way a model is refused, naming the path to the problem. */
class ScoringModelTest {
  private static final Condition VP = Condition.contains("jobTitle", "vp");

  private static ScoringModel.Builder aModel() {
    return ScoringModel.builder("Model").group("Role", Dimension.FIT, g -> g.rule("vp", VP, 10));
  }

  @Test
  void a_model_has_a_ceiling_of_100_default_thresholds_and_matrix_grades_unless_told_otherwise() {
    ScoringModel model = aModel().build();

    assertThat(model.ceiling()).isEqualTo(100);
    assertThat(model.fitGrades()).isEqualTo(new FitGrades(40, 25, 10));
    assertThat(model.engagementLevels()).isEqualTo(new EngagementLevels(30, 15));
    assertThat(model.gradeLabels()).containsExactly("A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3", "D1", "D2", "D3");
    assertThat(model.routing()).isEmpty();
    assertThat(model.hasBehaviourRules()).isFalse();
  }

  @Test
  void rules_are_found_by_id_ignoring_case_and_listed_in_order() {
    ScoringModel model = RuleFixtures.inboundModel();

    assertThat(model.rule(" PRICING ")).map(ScoringRule::points).contains(15);
    assertThat(model.rule("nothing")).isEmpty();
    assertThat(model.rules()).extracting(ScoringRule::id)
        .containsExactly("senior", "ops", "student", "size", "industry", "free-mail", "pricing", "docs", "demo", "clicks");
    assertThat(model.hasBehaviourRules()).isTrue();
  }

  @Test
  void a_model_without_name_or_groups_is_refused() {
    assertRejected("scoringModel.name", "required", () -> ScoringModel.builder(" ").group(aGroup("Role")).build());
    assertRejected("scoringModel.groups", "required", () -> ScoringModel.builder("Empty").build());
  }

  @Test
  void a_ceiling_outside_1_to_100_is_refused() {
    assertRejected("scoringModel.ceiling", "range", () -> aModel().ceiling(0).build());
    assertRejected("scoringModel.ceiling", "range", () -> aModel().ceiling(101).build());
  }

  @Test
  void a_group_name_or_rule_id_used_twice_is_refused_naming_the_second() {
    var groupTwice = assertRejected("scoringModel.groups[1].name", "duplicate",
        () -> aModel().group(aGroup("ROLE")).build());
    assertThat(groupTwice.getMessage()).contains("already used by groups[0]");
    var ruleTwice = assertRejected("scoringModel.groups[1].rules[0].id", "duplicate",
        () -> aModel().group("Other", Dimension.FIT, g -> g.rule("VP", VP, 5)).build());
    assertThat(ruleTwice.getMessage()).contains("already used by groups[0].rules[0]");
  }

  @Test
  void a_group_is_checked_on_its_own() {
    assertRejected("group.rules", "required", () -> RuleGroup.builder("Empty", Dimension.FIT).build());
    assertRejected("group.cap", "range", () -> RuleGroup.builder("Role", Dimension.FIT).cap(0).rule("vp", VP, 5).build());
    assertRejected("group.cap", "range", () -> RuleGroup.builder("Role", Dimension.FIT).cap(101).rule("vp", VP, 5).build());
    assertRejected("group.rules[1].id", "duplicate",
        () -> RuleGroup.builder("Role", Dimension.FIT).rule("vp", VP, 5).rule("Vp", VP, 5).build());
    assertRejected("group.name", "required", () -> RuleGroup.builder("", Dimension.FIT).rule("vp", VP, 5).build());
    assertRejected("group.dimension", "required", () -> RuleGroup.builder("Role", null).rule("vp", VP, 5).build());
    assertRejected("group.decay", "required", () -> RuleGroup.builder("Role", Dimension.FIT).decay(null));
  }

  @Test
  void a_decay_on_a_group_without_behaviour_rules_is_refused() {
    var e = assertRejected("group.decay", "no-events",
        () -> RuleGroup.builder("Role", Dimension.FIT).decay(Decay.halfLife(30)).rule("vp", VP, 5).build());
    assertThat(e.getMessage()).contains("group 'Role' has no behaviour rules");
  }

  @Test
  void fit_grades_and_engagement_levels_must_fall_within_the_scale() {
    assertRejected("fitGrades.B", "order", () -> aModel().fitGrades(40, 40, 10).build());
    assertRejected("fitGrades.C", "order", () -> aModel().fitGrades(40, 25, 30).build());
    assertRejected("fitGrades.A", "range", () -> aModel().fitGrades(101, 25, 10).build());
    assertRejected("fitGrades.C", "range", () -> aModel().fitGrades(40, 25, -1).build());
    assertRejected("engagementLevels.2", "order", () -> aModel().engagementLevels(20, 20).build());
    assertRejected("engagementLevels.1", "range", () -> aModel().engagementLevels(120, 20).build());
  }

  @Test
  void named_grades_fall_from_the_top_to_0_each_named_once() {
    assertRejected("scoringModel.grades[1].minimumScore", "order",
        () -> aModel().grade("Hot", 50).grade("Warm", 60).grade("Cold", 0).build());
    assertRejected("scoringModel.grades[1].minimumScore", "bottom", () -> aModel().grade("Hot", 50).grade("Warm", 20).build());
    assertRejected("scoringModel.grades[1].name", "duplicate", () -> aModel().grade("Hot", 50).grade("hot", 0).build());
    assertRejected("grade.minimumScore", "range", () -> aModel().grade("Hot", 101));
    assertRejected("grade.name", "required", () -> aModel().grade(" ", 1));
  }

  @Test
  void a_routing_rule_that_cannot_be_reached_or_names_an_unknown_grade_is_refused() {
    assertRejected("scoringModel.routing[0].minimumScore", "unreachable",
        () -> aModel().ceiling(50).route(RoutingRule.to(LifecycleStage.MQL).whenScoreAtLeast(60)).build());
    var e = assertRejected("scoringModel.routing[0].grades[1]", "unknown-grade",
        () -> aModel().grade("Hot", 50).grade("Cold", 0).route(RoutingRule.to(LifecycleStage.MQL).whenGradeIn("hot", "A1")).build());
    assertThat(e.getMessage()).contains("the model's grades are Hot, Cold");
  }

  @Test
  void a_routing_rule_needs_an_outcome_and_never_converts() {
    assertRejected("routing.outcome", "required",
        () -> new RoutingRule(60, Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
    assertRejected("routing.leadStatus", "converted", () -> RoutingRule.to(LeadStatus.CONVERTED));
    assertRejected("routing.minimumScore", "range", () -> RoutingRule.to(LifecycleStage.MQL).whenScoreAtLeast(101));
    assertRejected("routing.grades[1]", "duplicate", () -> RoutingRule.to(LifecycleStage.MQL).whenGradeIn("A1", "a1"));
    assertRejected("routing.minimumFit", "required", () -> RoutingRule.to(LifecycleStage.MQL).whenFitAtLeast(null));
    assertRejected("routing.lifecycleStage", "required", () -> RoutingRule.to((LifecycleStage) null));
  }

  @Test
  void routing_rules_keep_their_order_and_match_grades_ignoring_case() {
    RoutingRule rule = RoutingRule.to(LifecycleStage.MQL).whenGradeIn("A1", "b1");

    assertThat(rule.routes(0, FitGrade.B, "B1")).isTrue();
    assertThat(rule.routes(0, FitGrade.B, "B2")).isFalse();
    assertThat(aModel().route(rule).route(RoutingRule.to(LeadStatus.NURTURING)).build().routing())
        .extracting(RoutingRule::lifecycleStage).containsExactly(Optional.of(LifecycleStage.MQL), Optional.empty());
  }

  @Test
  void lists_given_to_a_model_are_copied_and_unmodifiable() {
    ScoringModel model = aModel().build();

    assertThat(model.groups()).isUnmodifiable();
    assertThat(model.groups().get(0).rules()).isUnmodifiable();
    assertThat(model.groups().get(0).cap()).isEqualTo(OptionalInt.empty());
  }

  private static RuleGroup aGroup(String name) {
    return RuleGroup.builder(name, Dimension.FIT).rule(name + "-rule", VP, 5).build();
  }
}
