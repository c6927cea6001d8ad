package io.crmkit.scoring.rules;

import static io.crmkit.scoring.rules.RuleFixtures.AS_OF;
import static io.crmkit.scoring.rules.RuleFixtures.aBareLead;
import static io.crmkit.scoring.rules.RuleFixtures.event;
import static io.crmkit.scoring.rules.RuleFixtures.pageView;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.value.EmailAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every score explains itself: each rule that held, its points after decay and caps. */
class ExplanationTest {
  private static final Scorer<Lead> SCORER = RuleFixtures.inboundModel().compile(ScoringSchemas.lead());
  private static final Lead DANA = aBareLead().jobTitle("VP of Operations").industry("Software").companySize(400)
      .email(EmailAddress.of("dana@gmail.com")).build();
  private static final List<BehaviourEvent> EVENTS = List.of(
      pageView("https://acme.com/pricing", 30), pageView("https://acme.com/pricing", 30),
      pageView("https://acme.com/docs/api", 0), event(BehaviourEvent.EMAIL_CLICK, 70));

  @Test
  void the_explanation_lists_each_rule_that_held_in_model_order_with_its_points_step_by_step() {
    ScoreExplanation why = SCORER.explain(DANA, EVENTS, AS_OF);

    assertThat(why.contributions()).extracting(RuleContribution::ruleId)
        .containsExactly("senior", "ops", "size", "industry", "free-mail", "pricing", "docs");
    RuleContribution pricing = why.contribution("pricing").orElseThrow();
    assertThat(pricing.basePoints()).isEqualTo(15);
    assertThat(pricing.events()).isEqualTo(2);
    assertThat(pricing.decayedPoints()).isEqualTo(7.5);
    assertThat(pricing.group()).isEqualTo("Web");
    assertThat(pricing.dimension()).isEqualTo(Dimension.ENGAGEMENT);
    RuleContribution senior = why.contribution("senior").orElseThrow();
    assertThat(senior.label()).isEqualTo("Senior title");
    assertThat(senior.cappedPoints()).isEqualTo(20);
    assertThat(why.contribution("ops").orElseThrow().cappedPoints()).isEqualTo(10);
    assertThat(why.contribution("free-mail").orElseThrow().points()).isEqualTo(-20);
    assertThat(why.contribution("clicks")).as("one click, 70 days ago").isEmpty();
  }

  @Test
  void the_explanation_has_the_score_that_score_gives() {
    ScoreExplanation why = SCORER.explain(DANA, EVENTS, AS_OF);

    assertThat(why.score()).isEqualTo(SCORER.score(DANA, EVENTS, AS_OF));
    assertThat(why.contributions().stream().mapToDouble(RuleContribution::points).sum())
        .isEqualTo(why.score().points());
    assertThat(why.groups()).extracting(GroupTotal::group).containsExactly("Role", "Company", "Web", "E-mail");
  }

  @Test
  void the_explanation_reads_as_text_best_rule_first() {
    String text = SCORER.explain(DANA, EVENTS, AS_OF).describe();

    assertThat(text).isEqualTo("""
        Score 44.5 (grade B3)
        +20.0  senior: Senior title
        +15.0  size: companySize from 50 to 5000
        +10.0  ops: jobTitle contains "operations"
        +10.0  industry: industry is one of "Software", "Financial services"
        +7.5  pricing: page view about "/pricing" 2 times or more (2 events; from 15 by decay to 7.5)
        +2.0  docs: each page view about "/docs", 5 at most (1 event)
        -20.0  free-mail: emailDomain is one of "gmail.com", "yahoo.com", "hotmail.com\"""");
  }

  @Test
  void caps_and_bounds_are_noted_on_the_lines_they_cut() {
    Scorer<Lead> scorer = ScoringModel.builder("Cut")
        .ceiling(20)
        .group("Role", Dimension.FIT, g -> g.cap(30)
            .rule("vp", Condition.contains("jobTitle", "vp"), 40)
            .rule("ops", Condition.contains("jobTitle", "operations"), 20))
        .build()
        .compile(ScoringSchemas.lead());

    ScoreExplanation why = scorer.explain(DANA, List.of(), AS_OF);

    assertThat(why.contribution("vp").orElseThrow().describe())
        .isEqualTo("+13.3  vp: jobTitle contains \"vp\" (group cap to 20; score bounds to 13.3)");
    assertThat(why.describe()).startsWith("Score 20.0 (grade B3)");
  }

  @Test
  void a_routed_score_says_where_to() {
    Lead lead = aBareLead().jobTitle("Director").industry("Software").companySize(400).build();

    String text = SCORER.explain(lead, List.of(event(BehaviourEvent.DEMO_REQUEST, 0)), AS_OF).describe();

    assertThat(text).startsWith("Score 75.0 (grade A1, routed to MQL)");
  }

  @Test
  void a_record_no_rule_holds_for_scores_zero_with_no_contributions() {
    Lead nobody = aBareLead().build();

    ScoreExplanation why = SCORER.explain(nobody, List.of(), AS_OF);

    assertThat(why.contributions()).isEmpty();
    assertThat(why.score().points()).isZero();
    assertThat(why.score().grade()).isEqualTo("D3");
    assertThat(why.isBounded()).isFalse();
  }
}
