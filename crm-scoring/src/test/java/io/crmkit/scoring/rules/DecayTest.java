package io.crmkit.scoring.rules;

import static io.crmkit.scoring.rules.RuleFixtures.AS_OF;
import static io.crmkit.scoring.rules.RuleFixtures.aBareLead;
import static io.crmkit.scoring.rules.RuleFixtures.event;
import static io.crmkit.scoring.rules.RuleFixtures.pageView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.lead.Lead;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decay of engagement points: a window or a half-life per group, judged as of a date. */
class DecayTest {
  private static final Lead LEAD = aBareLead().build();

  private static Scorer<Lead> decaying(Decay decay, Condition condition, int points) {
    return ScoringModel.builder("Decay")
        .group("Web", Dimension.ENGAGEMENT, g -> g.decay(decay).rule("rule", condition, points))
        .build()
        .compile(ScoringSchemas.lead());
  }

  @Test
  void a_half_life_of_30_days_halves_the_points_of_a_30_day_old_event() {
    Scorer<Lead> scorer = decaying(Decay.halfLife(30), Condition.event(BehaviourEvent.DEMO_REQUEST), 40);

    assertThat(scorer.score(LEAD, List.of(event(BehaviourEvent.DEMO_REQUEST, 0)), AS_OF).points()).isEqualTo(40);
    assertThat(scorer.score(LEAD, List.of(event(BehaviourEvent.DEMO_REQUEST, 30)), AS_OF).points()).isEqualTo(20);
    assertThat(scorer.score(LEAD, List.of(event(BehaviourEvent.DEMO_REQUEST, 60)), AS_OF).points()).isEqualTo(10);
    assertThat(scorer.score(LEAD, List.of(event(BehaviourEvent.DEMO_REQUEST, 15)), AS_OF).points())
        .isCloseTo(40 / Math.sqrt(2), within(1e-9));
  }

  @Test
  void the_same_events_score_less_as_the_as_of_date_moves_on() {
    Scorer<Lead> scorer = decaying(Decay.halfLife(30), Condition.event(BehaviourEvent.DEMO_REQUEST), 40);
    List<BehaviourEvent> events = List.of(event(BehaviourEvent.DEMO_REQUEST, 0));

    double now = scorer.score(LEAD, events, AS_OF).points();
    double later = scorer.score(LEAD, events, AS_OF.plus(Duration.ofDays(30))).points();

    assertThat(now).isEqualTo(40);
    assertThat(later).isEqualTo(20);
  }

  @Test
  void a_rule_counting_several_events_decays_by_the_age_of_the_event_that_completed_the_count() {
    Scorer<Lead> scorer = decaying(Decay.halfLife(10), Condition.event(BehaviourEvent.PAGE_VIEW).atLeast(2), 40);

    double points = scorer.score(LEAD, List.of(pageView("/a", 0), pageView("/b", 10), pageView("/c", 20)), AS_OF)
        .points();

    assertThat(points).as("the second newest view is 10 days old").isEqualTo(20);
  }

  @Test
  void points_per_event_decay_each_by_its_own_age_and_the_newest_count_first() {
    Scorer<Lead> scorer = decaying(Decay.halfLife(10), Condition.event(BehaviourEvent.PAGE_VIEW).perEvent(2), 8);

    double points = scorer.score(LEAD, List.of(pageView("/a", 20), pageView("/b", 0), pageView("/c", 10)), AS_OF)
        .points();

    assertThat(points).as("8 for today's view, 4 for the 10-day-old one, the oldest not counted").isEqualTo(12);
  }

  @Test
  void points_per_event_with_ties_at_the_limit_count_the_tied_events_once_each() {
    Scorer<Lead> scorer = decaying(Decay.halfLife(10), Condition.event(BehaviourEvent.PAGE_VIEW).perEvent(2), 8);

    double points = scorer.score(LEAD, List.of(pageView("/a", 10), pageView("/b", 10), pageView("/c", 10)), AS_OF)
        .points();

    assertThat(points).isEqualTo(8);
  }

  @Test
  void a_window_counts_events_in_full_and_then_not_at_all() {
    Scorer<Lead> scorer = decaying(Decay.window(60), Condition.event(BehaviourEvent.EMAIL_CLICK).atLeast(2), 10);

    assertThat(scorer.score(LEAD, List.of(event("email click", 60), event("email click", 1)), AS_OF).points())
        .isEqualTo(10);
    assertThat(scorer.score(LEAD, List.of(event("email click", 61), event("email click", 1)), AS_OF).points())
        .isZero();
  }

  @Test
  void a_window_and_a_rule_recency_both_apply_the_shorter_wins() {
    Scorer<Lead> scorer = decaying(Decay.window(60), Condition.event(BehaviourEvent.EMAIL_CLICK).withinDays(7), 10);

    assertThat(scorer.score(LEAD, List.of(event("email click", 8)), AS_OF).points()).isZero();
    assertThat(scorer.score(LEAD, List.of(event("email click", 7)), AS_OF).points()).isEqualTo(10);
  }

  @Test
  void field_rules_in_a_decaying_group_keep_their_points() {
    Scorer<Lead> scorer = ScoringModel.builder("Mixed")
        .group("Engagement", Dimension.ENGAGEMENT, g -> g.decay(Decay.halfLife(1))
            .rule("webinar", Condition.event(BehaviourEvent.WEBINAR_ATTENDED), 10)
            .rule("referral", Condition.equalTo("leadSource", "Referral"), 5))
        .build()
        .compile(ScoringSchemas.lead());

    Score score = scorer.score(aBareLead().leadSource("Referral").build(),
        List.of(event(BehaviourEvent.WEBINAR_ATTENDED, 1)), AS_OF);

    assertThat(score.points()).isEqualTo(10);
  }

  @Test
  void each_decay_weighs_age_as_it_says() {
    assertThat(Decay.none().weight(10_000)).isEqualTo(1);
    assertThat(Decay.window(30).weight(30)).isEqualTo(1);
    assertThat(Decay.window(30).weight(30.5)).isZero();
    assertThat(Decay.halfLife(30).weight(0)).isEqualTo(1);
    assertThat(Decay.halfLife(30).weight(90)).isEqualTo(0.125);
    assertThat(Decay.halfLife(30).describe()).isEqualTo("halves every 30 days");
    assertThat(Decay.window(14).describe()).isEqualTo("counts for 14 days");
    assertThat(Decay.none().describe()).isEqualTo("no decay");
  }
}
