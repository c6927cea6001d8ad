package io.crmkit.scoring.rules;

import static io.crmkit.scoring.rules.RuleFixtures.AS_OF;
import static io.crmkit.scoring.rules.RuleFixtures.aBareLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.lead.Lead;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A behaviour rule under a half-life scores what its definition says, computed here from the
 * sorted ages of the events it counts: the engine's one pass over the events (and its scans, for
 * rules needing more than the pass keeps) agrees with it, ties and limits included.
 */
class BehaviourTallyProperties {
  private static final Lead LEAD = aBareLead().build();
  private static final int HALF_LIFE_DAYS = 20;
  private static final int POINTS = 10;
  private static final double TOLERANCE = 1e-9;

  @Property
  void a_once_only_rule_decays_by_the_age_of_the_event_that_completed_its_count(
      @ForAll @IntRange(min = 1, max = 40) int atLeast,
      @ForAll("recencies") Optional<Integer> withinDays,
      @ForAll("detailTests") Optional<String> detail,
      @ForAll("events") List<BehaviourEvent> events) {
    // given
    Condition.Behaviour rule = rule(atLeast, withinDays, detail);
    List<Instant> counted = countedNewestFirst(events, withinDays, detail);

    // when
    double points = score(rule, events);

    // then
    double expected = counted.size() < atLeast ? 0 : POINTS * weight(counted.get(atLeast - 1));
    assertThat(points).isCloseTo(expected, within(TOLERANCE));
  }

  @Property
  void a_per_event_rule_gives_decayed_points_for_its_newest_events_up_to_its_limit(
      @ForAll @IntRange(min = 1, max = 3) int atLeast,
      @ForAll("limits") Optional<Integer> beyondAtLeast,
      @ForAll("recencies") Optional<Integer> withinDays,
      @ForAll("detailTests") Optional<String> detail,
      @ForAll("events") List<BehaviourEvent> events) {
    // given
    Optional<Integer> maxTimes = beyondAtLeast.map(extra -> atLeast + extra);
    Condition.Behaviour once = rule(atLeast, withinDays, detail);
    Condition.Behaviour rule = maxTimes.map(once::perEvent).orElseGet(once::perEvent);
    List<Instant> counted = countedNewestFirst(events, withinDays, detail);

    // when
    double points = score(rule, events);

    // then
    double expected = 0;
    if (counted.size() >= atLeast) {
      for (Instant t : counted.subList(0, Math.min(counted.size(), maxTimes.orElse(Integer.MAX_VALUE)))) {
        expected += POINTS * weight(t);
      }
    }
    assertThat(points).isCloseTo(expected, within(TOLERANCE));
  }

  @Provide
  Arbitrary<Optional<Integer>> recencies() {
    return Arbitraries.integers().between(1, 60).optional();
  }

  /** How far a per-event rule's limit lies beyond its {@code atLeast}, when it has one. */
  @Provide
  Arbitrary<Optional<Integer>> limits() {
    return Arbitraries.integers().between(0, 40).optional();
  }

  @Provide
  Arbitrary<Optional<String>> detailTests() {
    return Arbitraries.of("/pricing", "/DOCS").optional();
  }

  /** Up to 60 events, page views mostly, a few in the future, many at the same whole day so that ages tie. */
  @Provide
  Arbitrary<List<BehaviourEvent>> events() {
    Arbitrary<Double> days = Arbitraries.oneOf(
        Arbitraries.integers().between(-2, 70).map(Integer::doubleValue),
        Arbitraries.doubles().between(-2, 70).ofScale(3));
    return Combinators.combine(
            Arbitraries.of(BehaviourEvent.PAGE_VIEW, BehaviourEvent.PAGE_VIEW, BehaviourEvent.PAGE_VIEW, BehaviourEvent.EMAIL_OPEN),
            days,
            Arbitraries.of("/pricing", "/docs/start", "/blog").map(d -> "https://acme.com" + d).optional())
        .as((type, age, url) -> new BehaviourEvent(type, RuleFixtures.daysAgo(age), url))
        .list().ofMaxSize(60);
  }

  private static Condition.Behaviour rule(int atLeast, Optional<Integer> withinDays, Optional<String> detail) {
    Condition.Behaviour rule = Condition.event(BehaviourEvent.PAGE_VIEW).atLeast(atLeast);
    rule = withinDays.map(rule::withinDays).orElse(rule);
    return detail.map(rule::detailContains).orElse(rule);
  }

  /** The engagement points of a model of one uncapped rule: the rule's own points, not bounded by the ceiling. */
  private static double score(Condition rule, List<BehaviourEvent> events) {
    return ScoringModel.builder("Tally")
        .group("Web", Dimension.ENGAGEMENT, g -> g.decay(Decay.halfLife(HALF_LIFE_DAYS)).rule("rule", rule, POINTS))
        .build()
        .compile(ScoringSchemas.lead())
        .score(LEAD, events, AS_OF)
        .engagementPoints();
  }

  /** The times of the page views a rule counts, newest first: not after the as-of date, within its days, with its detail. */
  private static List<Instant> countedNewestFirst(
      List<BehaviourEvent> events, Optional<Integer> withinDays, Optional<String> detail) {
    Instant oldest = withinDays.map(d -> AS_OF.minus(Duration.ofDays(d))).orElse(Instant.MIN);
    return events.stream()
        .filter(e -> e.type().equals(BehaviourEvent.PAGE_VIEW))
        .filter(e -> !e.occurredAt().isAfter(AS_OF) && !e.occurredAt().isBefore(oldest))
        .filter(e -> detail.isEmpty() || e.detail().map(d -> d.toLowerCase(Locale.ROOT)
            .contains(detail.get().toLowerCase(Locale.ROOT))).orElse(false))
        .map(BehaviourEvent::occurredAt)
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  private static double weight(Instant t) {
    double ageDays = Duration.between(t, AS_OF).toMillis() / 86_400_000d;
    return Math.pow(0.5, ageDays / HALF_LIFE_DAYS);
  }
}
