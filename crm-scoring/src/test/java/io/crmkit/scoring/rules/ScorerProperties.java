package io.crmkit.scoring.rules;

import static io.crmkit.scoring.rules.RuleFixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.lead.Lead;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of scoring, for any model, lead and events. */
class ScorerProperties {
  private static final double TOLERANCE = 1e-9;

  @Property
  void a_score_is_within_0_and_the_ceiling_and_its_grade_is_one_the_model_gives(
      @ForAll("models") ScoringModel model, @ForAll("leads") Lead lead, @ForAll("events") List<BehaviourEvent> events) {
    Score score = model.compile(ScoringSchemas.lead()).score(lead, events, AS_OF);

    assertThat(score.points()).isBetween(0.0, (double) model.ceiling());
    assertThat(model.gradeLabels()).contains(score.grade());
    assertThat(score.qualification().score()).isEqualTo(score.wholePoints());
  }

  @Property
  void the_explanation_has_the_same_score_and_its_points_sum_to_it(
      @ForAll("models") ScoringModel model, @ForAll("leads") Lead lead, @ForAll("events") List<BehaviourEvent> events) {
    Scorer<Lead> scorer = model.compile(ScoringSchemas.lead());

    ScoreExplanation why = scorer.explain(lead, events, AS_OF);

    assertThat(why.score()).isEqualTo(scorer.score(lead, events, AS_OF));
    double sum = why.contributions().stream().mapToDouble(RuleContribution::points).sum();
    assertThat(sum).isCloseTo(why.score().points(), within(TOLERANCE));
  }

  @Property
  void each_group_gives_at_most_its_cap_and_the_dimensions_add_up_their_groups(
      @ForAll("models") ScoringModel model, @ForAll("leads") Lead lead, @ForAll("events") List<BehaviourEvent> events) {
    ScoreExplanation why = model.compile(ScoringSchemas.lead()).explain(lead, events, AS_OF);

    double fit = 0;
    double engagement = 0;
    for (GroupTotal group : why.groups()) {
      OptionalInt cap = group.cap();
      if (cap.isPresent()) {
        assertThat(group.cappedPoints()).isLessThanOrEqualTo(cap.getAsInt() + TOLERANCE);
      }
      assertThat(group.cappedPoints()).isLessThanOrEqualTo(group.points() + TOLERANCE);
      if (group.dimension() == Dimension.FIT) {
        fit += group.cappedPoints();
      } else {
        engagement += group.cappedPoints();
      }
    }
    assertThat(why.score().fitPoints()).isCloseTo(fit, within(TOLERANCE));
    assertThat(why.score().engagementPoints()).isCloseTo(engagement, within(TOLERANCE));
    assertThat(why.score().fitGrade()).isEqualTo(model.fitGrades().gradeOf(why.score().fitPoints()));
    assertThat(why.score().engagementLevel()).isEqualTo(model.engagementLevels().levelOf(why.score().engagementPoints()));
  }

  @Property
  void each_rule_that_held_gives_points_of_its_sign_never_more_than_before_decay(
      @ForAll("models") ScoringModel model, @ForAll("leads") Lead lead, @ForAll("events") List<BehaviourEvent> events) {
    ScoreExplanation why = model.compile(ScoringSchemas.lead()).explain(lead, events, AS_OF);

    for (RuleContribution c : why.contributions()) {
      ScoringRule rule = model.rule(c.ruleId()).orElseThrow();
      int times = rule.condition() instanceof Condition.Behaviour b && b.pointsPerEvent() ? Math.max(c.events(), 1) : 1;
      assertThat(Math.abs(c.decayedPoints())).isLessThanOrEqualTo(Math.abs(rule.points()) * times + TOLERANCE);
      assertThat(Math.abs(c.cappedPoints())).isLessThanOrEqualTo(Math.abs(c.decayedPoints()) + TOLERANCE);
      assertThat(Math.abs(c.points())).isLessThanOrEqualTo(Math.abs(c.cappedPoints()) + TOLERANCE);
      assertThat(c.points() * rule.points()).isGreaterThanOrEqualTo(0);
    }
  }

  @Property
  void the_order_of_the_events_does_not_change_the_score(
      @ForAll("models") ScoringModel model, @ForAll("leads") Lead lead, @ForAll("events") List<BehaviourEvent> events) {
    Scorer<Lead> scorer = model.compile(ScoringSchemas.lead());
    List<BehaviourEvent> reversed = new ArrayList<>(events);
    Collections.reverse(reversed);

    Score forwards = scorer.score(lead, events, AS_OF);
    Score backwards = scorer.score(lead, reversed, AS_OF);

    assertThat(backwards.points()).isCloseTo(forwards.points(), within(TOLERANCE));
    assertThat(backwards.engagementPoints()).isCloseTo(forwards.engagementPoints(), within(TOLERANCE));
  }

  @Property
  void engagement_points_never_grow_as_the_events_age(
      @ForAll("decayingModels") ScoringModel model,
      @ForAll("pastEvents") List<BehaviourEvent> events,
      @ForAll @DoubleRange(min = 0, max = 400) double daysLater) {
    Scorer<Lead> scorer = model.compile(ScoringSchemas.lead());
    Lead lead = RuleFixtures.aBareLead().build();

    ScoreExplanation now = scorer.explain(lead, events, AS_OF);
    ScoreExplanation later = scorer.explain(lead, events, AS_OF.plus(Duration.ofMillis((long) (daysLater * 86_400_000))));

    assertThat(later.score().points()).isLessThanOrEqualTo(now.score().points() + TOLERANCE);
    for (RuleContribution rule : later.contributions()) {
      double before = now.contribution(rule.ruleId()).map(RuleContribution::decayedPoints).orElse(0.0);
      assertThat(rule.decayedPoints()).as(rule.ruleId()).isLessThanOrEqualTo(before + TOLERANCE);
    }
  }

  @Property
  void every_decay_weighs_from_1_down_and_never_grows_with_age(
      @ForAll("decays") Decay decay,
      @ForAll @DoubleRange(min = 0, max = 5000) double age,
      @ForAll @DoubleRange(min = 0, max = 5000) double more) {
    double younger = decay.weight(age);
    double older = decay.weight(age + more);

    assertThat(decay.weight(0)).isEqualTo(1);
    assertThat(younger).isBetween(0.0, 1.0);
    assertThat(older).isLessThanOrEqualTo(younger);
  }

  @Property
  void a_half_life_halves_the_weight_every_half_life(
      @ForAll @IntRange(min = 1, max = 365) int days, @ForAll @DoubleRange(min = 0, max = 1000) double age) {
    Decay decay = Decay.halfLife(days);

    assertThat(decay.weight(age + days)).isCloseTo(decay.weight(age) / 2, within(1e-12));
  }

  @Provide
  Arbitrary<ScoringModel> models() {
    return RuleArbitraries.models();
  }

  @Provide
  Arbitrary<ScoringModel> decayingModels() {
    return RuleArbitraries.decayingModels();
  }

  @Provide
  Arbitrary<Lead> leads() {
    return PeopleFixtures.leads();
  }

  @Provide
  Arbitrary<List<BehaviourEvent>> events() {
    return RuleArbitraries.events();
  }

  @Provide
  Arbitrary<List<BehaviourEvent>> pastEvents() {
    return RuleArbitraries.pastEvents();
  }

  @Provide
  Arbitrary<Decay> decays() {
    return net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.just(Decay.none()),
        net.jqwik.api.Arbitraries.integers().between(1, Decay.MAX_DAYS).map(Decay::window),
        net.jqwik.api.Arbitraries.integers().between(1, Decay.MAX_DAYS).map(Decay::halfLife));
  }
}
