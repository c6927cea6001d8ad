package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.rules.BehaviourEvent;
import io.crmkit.scoring.rules.Dimension;
import io.crmkit.scoring.rules.GroupTotal;
import io.crmkit.scoring.rules.RuleContribution;
import io.crmkit.scoring.rules.ScoreExplanation;
import io.crmkit.scoring.rules.Scorer;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lead scoring benchmark's own code on 20,000 leads: its set-up (which scores every lead on
 * both sides and compares the totals), each side's invocation and the check after it, as JMH calls
 * them, so the build proves that the engine and the hand-written loop agree without running the
 * benchmark. Nothing here is timed.
 */
class LeadScoringBenchmarkTest {
  private static final int LEADS = 20_000;
  private static final Instant AS_OF = SampleProspects.AS_OF;

  private final LeadScoringBenchmark benchmark = new LeadScoringBenchmark();

  @BeforeEach
  void setUpTheBenchmark() {
    benchmark.leads = LEADS;
    benchmark.makeLeadsAndScoreBoth();
  }

  @Test
  void crmkit_gives_every_lead_the_points_the_set_up_found_both_sides_agree_on() {
    double sum = benchmark.crmkit();

    assertThat(sum).isCloseTo(Arrays.stream(benchmark.expected()).sum(), within(1e-6));
    benchmark.checkPoints();
  }

  @Test
  void the_hand_written_loop_gives_every_lead_the_engines_points() {
    double sum = benchmark.handWritten();

    assertThat(sum).isCloseTo(Arrays.stream(benchmark.expected()).sum(), within(1e-6));
    benchmark.checkPoints();
  }

  @Test
  void the_two_sides_agree_on_the_leads_of_another_seed() {
    Prospect[] others = SampleProspects.make(7, 5_000);
    Scorer<Prospect> engine = InboundScoringModel.model().compile(InboundScoringModel.schema());
    ScoringByHand byHand = new ScoringByHand();

    for (Prospect lead : others) {
      assertThat(byHand.score(lead, AS_OF.toEpochMilli()))
          .as("%s", lead).isCloseTo(engine.score(lead, AS_OF).points(), within(LeadScoringBenchmark.TOLERANCE));
    }
  }

  @Test
  void the_two_sides_agree_on_ties_bounds_and_events_yet_to_happen() {
    Instant now = AS_OF;
    Instant thirtyDaysAgo = now.minus(Duration.ofDays(30));
    List<BehaviourEvent> events = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      events.add(BehaviourEvent.of(BehaviourEvent.PAGE_VIEW, i < 6 ? thirtyDaysAgo : now.minusSeconds(i), "/pricing"));
    }
    events.add(BehaviourEvent.of(BehaviourEvent.PAGE_VIEW, now.plusSeconds(1), "/careers"));
    events.add(BehaviourEvent.of(BehaviourEvent.PAGE_VIEW, thirtyDaysAgo.minusMillis(1), "/PRICING/enterprise"));
    events.add(BehaviourEvent.of(BehaviourEvent.DEMO_REQUEST, now.minus(Duration.ofDays(90)).minusMillis(1)));
    events.add(BehaviourEvent.of(BehaviourEvent.EMAIL_CLICK, now.minus(Duration.ofDays(60)), "Pricing update"));
    for (int i = 0; i < 7; i++) {
      events.add(BehaviourEvent.of(BehaviourEvent.EMAIL_CLICK, now.minus(Duration.ofDays(i)), "newsletter"));
    }
    events.add(BehaviourEvent.of(BehaviourEvent.FORM_SUBMISSION, now.minus(Duration.ofDays(90)), "Contact Sales"));
    events.add(BehaviourEvent.of(BehaviourEvent.CONTENT_DOWNLOAD, now.minus(Duration.ofDays(3)), "White paper: X"));
    Prospect lead = new Prospect("VP Sales & Student", "saas", 200, "gb", "ox.ac.uk", "referral", events);
    Scorer<Prospect> engine = InboundScoringModel.model().compile(InboundScoringModel.schema());

    double engines = engine.score(lead, now).points();

    assertThat(new ScoringByHand().score(lead, now.toEpochMilli()))
        .isCloseTo(engines, within(LeadScoringBenchmark.TOLERANCE));
    assertThat(engines).isStrictlyBetween(0.0, 100.0);
  }

  @Test
  void every_rule_of_the_model_holds_for_some_sample_lead() {
    Scorer<Prospect> engine = benchmark.scorer();
    Set<String> held = new HashSet<>();

    for (Prospect lead : benchmark.prospects()) {
      engine.explain(lead, AS_OF).contributions().stream().map(RuleContribution::ruleId).forEach(held::add);
    }

    assertThat(held).containsExactlyInAnyOrderElementsOf(
        InboundScoringModel.model().rules().stream().map(ScoringRule::id).toList());
  }

  @Test
  void the_sample_meets_every_cap_the_ceiling_and_the_floor_and_decays_to_fractions() {
    Scorer<Prospect> engine = benchmark.scorer();
    Set<String> capped = new HashSet<>();
    int atCeiling = 0;
    int atZero = 0;
    int fractional = 0;

    for (Prospect lead : benchmark.prospects()) {
      ScoreExplanation why = engine.explain(lead, AS_OF);
      for (GroupTotal group : why.groups()) {
        if (group.cappedPoints() < group.points()) {
          capped.add(group.group());
        }
      }
      double points = why.score().points();
      atCeiling += points == 100 ? 1 : 0;
      atZero += points == 0 ? 1 : 0;
      fractional += points != Math.rint(points) ? 1 : 0;
    }

    assertThat(capped).containsExactlyInAnyOrder("Role", "Company", "Web", "E-mail", "Intent");
    assertThat(atCeiling).as("leads at the ceiling").isPositive();
    assertThat(atZero).as("leads held at 0").isPositive();
    assertThat(fractional).as("leads with decayed points").isGreaterThan(LEADS / 2);
  }

  @Test
  void the_model_has_thirteen_fit_rules_and_seventeen_engagement_rules() {
    ScoringModel model = InboundScoringModel.model();

    assertThat(model.rules()).hasSize(30);
    assertThat(model.groups().stream().filter(g -> g.dimension() == Dimension.FIT)
        .mapToInt(g -> g.rules().size()).sum()).isEqualTo(13);
    assertThat(model.groups().stream().filter(g -> g.dimension() == Dimension.ENGAGEMENT)
        .mapToInt(g -> g.rules().size()).sum()).isEqualTo(17);
  }

  @Test
  void the_check_fails_when_a_side_gives_a_lead_other_points() {
    benchmark.handWritten();

    benchmark.spoilTotalOf(3);

    assertThatThrownBy(benchmark::checkPoints)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("wrong lead scores: the hand-written loop gave lead 3 ");
  }

  @Test
  void a_check_before_any_invocation_passes() {
    LeadScoringBenchmark fresh = new LeadScoringBenchmark();
    fresh.leads = 10;
    fresh.makeLeadsAndScoreBoth();

    fresh.checkPoints();

    assertThat(fresh.expected()).hasSize(10);
  }

  @Test
  void the_sample_leads_are_the_same_for_the_same_seed_with_about_ten_events_each() {
    Prospect[] first = SampleProspects.make(11, 2_000);
    Prospect[] again = SampleProspects.make(11, 2_000);
    Prospect[] other = SampleProspects.make(12, 2_000);
    long events = Arrays.stream(first).mapToLong(p -> p.events().size()).sum();
    long yetToHappen = Arrays.stream(first).flatMap(p -> p.events().stream())
        .filter(e -> e.occurredAt().isAfter(AS_OF)).count();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(events / (double) first.length).isBetween(8.0, 12.0);
    assertThat(yetToHappen).isPositive();
  }

  @Test
  void sample_leads_are_refused_below_one() {
    assertThatThrownBy(() -> SampleProspects.make(1, 0))
        .isInstanceOf(CrmValidationException.class)
        .hasMessageContaining("count");
  }
}
