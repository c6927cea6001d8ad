package io.crmkit.scoring.rules;

import static io.crmkit.scoring.rules.RuleFixtures.AS_OF;
import static io.crmkit.scoring.rules.RuleFixtures.aBareLead;
import static io.crmkit.scoring.rules.RuleFixtures.daysAgo;
import static io.crmkit.scoring.rules.RuleFixtures.event;
import static io.crmkit.scoring.rules.RuleFixtures.pageView;
import static io.crmkit.scoring.rules.RuleFixtures.pointsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.lead.Lead;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules over behaviour events: types, details, counts, recency and points per event. */
class BehaviourRulesTest {
  private static final Lead LEAD = aBareLead().build();

  private static double points(Condition condition, BehaviourEvent... events) {
    return pointsOf(condition, 10, LEAD, List.of(events));
  }

  @Test
  void an_event_of_the_type_gives_the_points_once() {
    Condition demo = Condition.event(BehaviourEvent.DEMO_REQUEST);

    assertThat(points(demo, event("Demo  Request", 3))).isEqualTo(10);
    assertThat(points(demo, event(BehaviourEvent.DEMO_REQUEST, 3), event(BehaviourEvent.DEMO_REQUEST, 1))).isEqualTo(10);
    assertThat(points(demo, event(BehaviourEvent.WEBINAR_ATTENDED, 3))).isZero();
    assertThat(points(demo)).isZero();
  }

  @Test
  void a_detail_test_counts_only_events_about_it() {
    Condition pricing = Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/pricing");
    Condition product = Condition.event(BehaviourEvent.PAGE_VIEW).detailMatches("/(features|integrations)\\b");

    assertThat(points(pricing, pageView("https://acme.com/PRICING?plan=team", 1))).isEqualTo(10);
    assertThat(points(pricing, pageView("https://acme.com/blog", 1))).isZero();
    assertThat(points(pricing, event(BehaviourEvent.PAGE_VIEW, 1))).as("no detail").isZero();
    assertThat(points(product, pageView("https://acme.com/integrations/slack", 1))).isEqualTo(10);
    assertThat(points(product, pageView("https://acme.com/featuresets", 1))).isZero();
  }

  @Test
  void a_count_needs_that_many_events() {
    Condition threeClicks = Condition.event(BehaviourEvent.EMAIL_CLICK).atLeast(3);

    assertThat(points(threeClicks, event(BehaviourEvent.EMAIL_CLICK, 1), event(BehaviourEvent.EMAIL_CLICK, 2)))
        .isZero();
    assertThat(points(threeClicks, event(BehaviourEvent.EMAIL_CLICK, 1), event(BehaviourEvent.EMAIL_CLICK, 2),
        event(BehaviourEvent.EMAIL_CLICK, 2))).isEqualTo(10);
  }

  @Test
  void recency_counts_only_events_that_many_days_old_or_younger() {
    Condition recent = Condition.event(BehaviourEvent.EMAIL_CLICK).atLeast(2).withinDays(30);

    assertThat(points(recent, event(BehaviourEvent.EMAIL_CLICK, 30), event(BehaviourEvent.EMAIL_CLICK, 0)))
        .isEqualTo(10);
    assertThat(points(recent, event(BehaviourEvent.EMAIL_CLICK, 30.001), event(BehaviourEvent.EMAIL_CLICK, 0)))
        .isZero();
  }

  @Test
  void events_after_the_as_of_date_have_not_happened_yet() {
    BehaviourEvent tomorrow = BehaviourEvent.of(BehaviourEvent.DEMO_REQUEST, AS_OF.plusSeconds(86_400));

    assertThat(points(Condition.event(BehaviourEvent.DEMO_REQUEST), tomorrow)).isZero();
    assertThat(points(Condition.event(BehaviourEvent.DEMO_REQUEST), BehaviourEvent.of("demo request", AS_OF)))
        .as("an event at the as-of instant counts").isEqualTo(10);
  }

  @Test
  void points_per_event_are_given_for_each_up_to_the_most_times() {
    Condition docs = Condition.event(BehaviourEvent.PAGE_VIEW).detailContains("/docs").perEvent(3);
    Condition every = Condition.event(BehaviourEvent.PAGE_VIEW).perEvent();

    assertThat(points(docs, pageView("/docs/a", 1), pageView("/docs/b", 2))).isEqualTo(20);
    assertThat(points(docs, pageView("/docs/a", 1), pageView("/docs/b", 2), pageView("/docs/c", 3),
        pageView("/docs/d", 4))).isEqualTo(30);
    assertThat(points(every, pageView("/a", 1), pageView("/b", 2), pageView("/c", 3), pageView("/d", 4)))
        .isEqualTo(40);
  }

  @Test
  void points_per_event_start_only_once_the_count_is_reached() {
    Condition fromTheThird = Condition.event(BehaviourEvent.PAGE_VIEW).atLeast(3).perEvent();

    assertThat(points(fromTheThird, pageView("/a", 1), pageView("/b", 2))).isZero();
    assertThat(points(fromTheThird, pageView("/a", 1), pageView("/b", 2), pageView("/c", 2))).isEqualTo(30);
  }

  @Test
  void the_order_of_the_events_does_not_matter() {
    Condition twice = Condition.event(BehaviourEvent.PAGE_VIEW).atLeast(2);
    ScoringModel model = ScoringModel.builder("Order")
        .group("Web", Dimension.ENGAGEMENT, g -> g.decay(Decay.halfLife(10)).rule("twice", twice, 10))
        .build();
    Scorer<Lead> scorer = model.compile(ScoringSchemas.lead());
    List<BehaviourEvent> events = List.of(pageView("/a", 20), pageView("/b", 10), pageView("/c", 0));

    double forwards = scorer.score(LEAD, events, AS_OF).points();
    double backwards = scorer.score(LEAD, List.of(events.get(2), events.get(0), events.get(1)), AS_OF).points();

    assertThat(forwards).isEqualTo(backwards).isEqualTo(5.0);
  }

  @Test
  void a_schema_can_read_the_events_from_the_record() {
    record Visitor(List<BehaviourEvent> events) {}
    ScoringSchema<Visitor> schema = ScoringSchema.<Visitor>builder("Visitor").events(Visitor::events).build();
    Scorer<Visitor> scorer = RuleFixtures.oneRule(Condition.event(BehaviourEvent.DEMO_REQUEST), 30).compile(schema);

    Visitor visitor = new Visitor(List.of(BehaviourEvent.of(BehaviourEvent.DEMO_REQUEST, daysAgo(1))));

    assertThat(scorer.score(visitor, AS_OF).points()).isEqualTo(30);
    assertThat(scorer.explain(visitor, AS_OF).contributions()).hasSize(1);
    assertThat(schema.eventsOf(visitor)).hasSize(1);
  }

  @Test
  void a_schema_without_events_scores_behaviour_rules_as_not_holding() {
    Scorer<Lead> scorer = RuleFixtures.oneRule(Condition.event(BehaviourEvent.DEMO_REQUEST), 30)
        .compile(ScoringSchemas.lead());

    assertThat(scorer.score(LEAD, AS_OF).points()).isZero();
  }
}
