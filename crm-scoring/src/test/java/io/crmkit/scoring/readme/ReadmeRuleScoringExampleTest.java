package io.crmkit.scoring.readme;

import static io.crmkit.core.fixtures.PeopleFixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadQualification;
import io.crmkit.scoring.rules.BehaviourEvent;
import io.crmkit.scoring.rules.Condition;
import io.crmkit.scoring.rules.Decay;
import io.crmkit.scoring.rules.Dimension;
import io.crmkit.scoring.rules.RoutingRule;
import io.crmkit.scoring.rules.ScoreExplanation;
import io.crmkit.scoring.rules.Scorer;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringSchemas;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule scoring example of the README, kept true: if this test changes, the README changes with it. */
class ReadmeRuleScoringExampleTest {
  private final Instant now = Instant.parse("2026-03-02T09:00:00Z");
  private final Lead lead = aLead().jobTitle("VP Marketing").build();

  @Test
  void the_readme_scoring_example_scores_explains_and_routes_a_lead() {
    List<String> printed = new ArrayList<>();

    // --- README example, from here
    ScoringModel model = ScoringModel.builder("Inbound B2B")
        .group("Role", Dimension.FIT, g -> g.rule("senior", Condition.matches("jobTitle", "\\b(vp|director)\\b"), 40))
        .group("Web", Dimension.ENGAGEMENT, g -> g.decay(Decay.halfLife(30))
            .rule("demo", Condition.event(BehaviourEvent.DEMO_REQUEST), 30))
        .route(RoutingRule.to(LifecycleStage.MQL).whenScoreAtLeast(60).whenFitAtLeast(FitGrade.B))
        .build();
    Scorer<Lead> scorer = model.compile(ScoringSchemas.lead());            // once; thread-safe
    var events = List.of(BehaviourEvent.of(BehaviourEvent.DEMO_REQUEST, now.minus(Duration.ofDays(7))));
    ScoreExplanation why = scorer.explain(lead, events, now);              // scorer.score(...): numbers only
    printed.add(why.describe());  // Score 65.5 (grade A2, routed to MQL), then each rule with its points
    LeadQualification forLifecycle = why.score().qualification();         // crm-core type, for crm-lifecycle
    // --- to here

    assertThat(printed).containsExactly("""
        Score 65.5 (grade A2, routed to MQL)
        +40.0  senior: jobTitle matches /\\b(vp|director)\\b/
        +25.5  demo: demo request (1 event; from 30 by decay to 25.5)""");
    assertThat(forLifecycle).isEqualTo(LeadQualification.of(66, FitGrade.A, 2, "A2").routedTo(LifecycleStage.MQL));
    assertThat(scorer.score(lead, events, now)).isEqualTo(why.score());
  }
}
