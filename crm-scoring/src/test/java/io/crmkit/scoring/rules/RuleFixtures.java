package io.crmkit.scoring.rules;

import static io.crmkit.core.fixtures.PeopleFixtures.aLead;

import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.Lead;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Shared test data of rule scoring: the as-of instant, events by age, leads and a sample model. */
public final class RuleFixtures {
  /** The instant scores are judged at unless a test says otherwise. */
  public static final Instant AS_OF = Instant.parse("2026-03-02T12:00:00Z");

  private RuleFixtures() {}

  /** The instant {@code days} days before {@link #AS_OF}. */
  public static Instant daysAgo(double days) {
    return AS_OF.minus(Duration.ofMillis(Math.round(days * 86_400_000d)));
  }

  /** A page view of {@code url}, {@code days} days before {@link #AS_OF}. */
  public static BehaviourEvent pageView(String url, double days) {
    return BehaviourEvent.of(BehaviourEvent.PAGE_VIEW, daysAgo(days), url);
  }

  /** An event without detail, {@code days} days before {@link #AS_OF}. */
  public static BehaviourEvent event(String type, double days) {
    return BehaviourEvent.of(type, daysAgo(days));
  }

  /** A lead with no job title, industry or size: only what crm-core needs. */
  public static Lead.Builder aBareLead() {
    return aLead();
  }

  /** A model with one group of one rule, for tests about a single condition. */
  public static ScoringModel oneRule(Condition condition, int points) {
    return ScoringModel.builder("One rule")
        .group("Only", condition instanceof Condition.Behaviour ? Dimension.ENGAGEMENT : Dimension.FIT,
            g -> g.rule("rule", condition, points))
        .build();
  }

  /** The points a lead scores under a model with only {@code condition} giving {@code points}. */
  public static double pointsOf(Condition condition, int points, Lead lead, List<BehaviourEvent> events) {
    return oneRule(condition, points).compile(ScoringSchemas.lead()).score(lead, events, AS_OF).points();
  }

  /**
   * The sample inbound B2B model of the docs: role and company fit, web engagement halving every 30
   * days, e-mail engagement counted for 60 days, MQL at 60 with fit B.
   */
  public static ScoringModel inboundModel() {
    return ScoringModel.builder("Inbound B2B")
        .group("Role", Dimension.FIT, g -> g.cap(30)
            .rule("senior", "Senior title", Condition.matches("jobTitle", "\\b(vp|vice president|director|head)\\b"), 20)
            .rule("ops", Condition.contains("jobTitle", "operations"), 10)
            .rule("student", Condition.contains("jobTitle", "student"), -15))
        .group("Company", Dimension.FIT, g -> g
            .rule("size", Condition.range("companySize", 50, 5000), 15)
            .rule("industry", Condition.in("industry", "Software", "Financial services"), 10)
            .rule("free-mail", Condition.in("emailDomain", "gmail.com", "yahoo.com", "hotmail.com"), -20))
        .group("Web", Dimension.ENGAGEMENT, g -> g.decay(Decay.halfLife(30)).cap(40)
            .rule("pricing", Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/pricing").atLeast(2), 15)
            .rule("docs", Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/docs").perEvent(5), 2)
            .rule("demo", Condition.event(BehaviourEvent.DEMO_REQUEST), 30))
        .group("E-mail", Dimension.ENGAGEMENT, g -> g.decay(Decay.window(60))
            .rule("clicks", Condition.event(BehaviourEvent.EMAIL_CLICK).atLeast(3), 10))
        .route(RoutingRule.to(LifecycleStage.MQL).whenScoreAtLeast(60).whenFitAtLeast(FitGrade.B))
        .build();
  }
}
