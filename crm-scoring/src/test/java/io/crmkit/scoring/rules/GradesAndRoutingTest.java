package io.crmkit.scoring.rules;

import static io.crmkit.scoring.rules.RuleFixtures.AS_OF;
import static io.crmkit.scoring.rules.RuleFixtures.aBareLead;
import static io.crmkit.scoring.rules.RuleFixtures.event;
import static io.crmkit.scoring.rules.RuleFixtures.pageView;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadQualification;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.value.EmailAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fit grades, engagement levels, the A1..D3 matrix, named grades, and routing into crm-core's qualification. */
class GradesAndRoutingTest {

  /** Fit points as the lead's company size, engagement points as 1 per page view: easy to dial in. */
  private static ScoringModel.Builder dial() {
    return ScoringModel.builder("Dial")
        .group("Fit", Dimension.FIT, g -> g
            .rule("fit-40", Condition.atLeast("companySize", 40), 40)
            .rule("fit-25", Condition.range("companySize", 25, 39), 25)
            .rule("fit-10", Condition.range("companySize", 10, 24), 10))
        .group("Engagement", Dimension.ENGAGEMENT, g -> g
            .rule("views", Condition.event(BehaviourEvent.PAGE_VIEW).perEvent(), 1));
  }

  private static List<BehaviourEvent> views(int count) {
    return java.util.stream.IntStream.range(0, count).mapToObj(i -> pageView("/p" + i, 1)).toList();
  }

  private static Score score(ScoringModel model, int companySize, int views) {
    return model.compile(ScoringSchemas.lead()).score(aBareLead().companySize(companySize).build(), views(views), AS_OF);
  }

  @Test
  void fit_grades_and_engagement_levels_follow_the_default_thresholds() {
    ScoringModel model = dial().build();

    assertThat(score(model, 40, 30).grade()).isEqualTo("A1");
    assertThat(score(model, 25, 29).grade()).isEqualTo("B2");
    assertThat(score(model, 10, 15).grade()).isEqualTo("C2");
    assertThat(score(model, 9, 14).grade()).isEqualTo("D3");
    assertThat(score(model, 9, 14).fitGrade()).isEqualTo(FitGrade.D);
    assertThat(score(model, 9, 14).engagementLevel()).isEqualTo(3);
  }

  @Test
  void thresholds_of_ones_own_change_the_grades() {
    ScoringModel model = dial().fitGrades(30, 20, 5).engagementLevels(10, 5).build();

    assertThat(score(model, 25, 10).grade()).isEqualTo("B1");
    assertThat(score(model, 10, 5).grade()).isEqualTo("C2");
  }

  @Test
  void named_grades_label_the_score_by_the_highest_minimum_it_reaches() {
    ScoringModel model = dial().grade("Hot", 70).grade("Warm", 40).grade("Cold", 0).build();

    assertThat(score(model, 40, 30).grade()).isEqualTo("Hot");
    assertThat(score(model, 40, 0).grade()).isEqualTo("Warm");
    assertThat(score(model, 9, 0).grade()).isEqualTo("Cold");
    assertThat(score(model, 9, 0).fitGrade()).as("fit grades are still given").isEqualTo(FitGrade.D);
  }

  @Test
  void a_named_grade_is_reached_by_the_rounded_score() {
    ScoringModel model = ScoringModel.builder("Rounding")
        .group("Web", Dimension.ENGAGEMENT, g -> g.decay(Decay.halfLife(1))
            .rule("demo", Condition.event(BehaviourEvent.DEMO_REQUEST), 80))
        .grade("Hot", 70).grade("Cold", 0)
        .build();
    Scorer<Lead> scorer = model.compile(ScoringSchemas.lead());
    double justUnder = Math.log(80 / 69.5) / Math.log(2) * 0.999;

    Score score = scorer.score(aBareLead().build(), List.of(event(BehaviourEvent.DEMO_REQUEST, justUnder)), AS_OF);

    assertThat(score.points()).isBetween(69.5, 70.0);
    assertThat(score.wholePoints()).isEqualTo(70);
    assertThat(score.grade()).isEqualTo("Hot");
  }

  @Test
  void the_first_routing_rule_that_holds_routes_the_lead() {
    ScoringModel model = dial()
        .route(RoutingRule.to(LifecycleStage.SQL).whenScoreAtLeast(80).whenFitAtLeast(FitGrade.A))
        .route(RoutingRule.to(LifecycleStage.MQL, LeadStatus.WORKING).whenScoreAtLeast(60).whenFitAtLeast(FitGrade.B))
        .route(RoutingRule.to(LeadStatus.NURTURING).whenGradeIn("C1", "D1"))
        .build();

    assertThat(score(model, 40, 40).lifecycleStage()).contains(LifecycleStage.SQL);
    assertThat(score(model, 40, 20).lifecycleStage()).contains(LifecycleStage.MQL);
    assertThat(score(model, 40, 20).leadStatus()).contains(LeadStatus.WORKING);
    assertThat(score(model, 10, 60).lifecycleStage()).as("score 70 but fit C").isEmpty();
    assertThat(score(model, 10, 60).leadStatus()).contains(LeadStatus.NURTURING);
    assertThat(score(model, 25, 10).isRouted()).isFalse();
  }

  @Test
  void the_score_becomes_crm_cores_qualification_for_a_lifecycle_to_read() {
    ScoringModel model = RuleFixtures.inboundModel();
    Lead lead = aBareLead().jobTitle("Director of Operations").industry("Software").companySize(400)
        .email(EmailAddress.of("dana@acme.com")).build();

    LeadQualification qualification = model.compile(ScoringSchemas.lead())
        .score(lead, List.of(event(BehaviourEvent.DEMO_REQUEST, 0)), AS_OF)
        .qualification();

    assertThat(qualification.score()).isEqualTo(85);
    assertThat(qualification.fitGrade()).isEqualTo(FitGrade.A);
    assertThat(qualification.engagementLevel()).isEqualTo(1);
    assertThat(qualification.grade()).isEqualTo("A1");
    assertThat(qualification.reached(LifecycleStage.MQL)).isTrue();
    assertThat(qualification.meets(60, FitGrade.B)).isTrue();
  }

  @Test
  void a_routing_rule_describes_itself() {
    assertThat(RoutingRule.to(LifecycleStage.MQL).whenScoreAtLeast(60).whenFitAtLeast(FitGrade.B).describe())
        .isEqualTo("score 60 or more and fit B or better -> MQL");
    assertThat(RoutingRule.to(LeadStatus.NURTURING).whenGradeIn("C1", "C2").describe())
        .isEqualTo("grade C1 or C2 -> NURTURING");
    assertThat(RoutingRule.to(LifecycleStage.LEAD).describe()).isEqualTo("every lead -> Lead");
  }
}
