package io.crmkit.scoring.rules;

import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.LeadStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random scoring models over crm-core's lead schema, and random behaviour events around {@link RuleFixtures#AS_OF}. */
public final class RuleArbitraries {
  private static final List<String> TEXT_FIELDS = List.of("jobTitle", "industry", "emailDomain", "leadSource", "companyName");
  private static final List<String> WORDS =
      List.of("Software", "Retail", "Health care", "vp", "director", "gmail.com", "Web form", "Referral", "Ltd", "a");
  private static final List<String> EVENT_TYPES =
      List.of(BehaviourEvent.PAGE_VIEW, BehaviourEvent.EMAIL_CLICK, BehaviourEvent.DEMO_REQUEST);
  private static final List<String> DETAILS = List.of("/pricing", "/docs", "/blog");

  private RuleArbitraries() {}

  /** Valid models: 1 to 4 groups of 1 to 5 rules, caps, decays, a ceiling, sometimes named grades and routing. */
  public static Arbitrary<ScoringModel> models() {
    Arbitrary<List<RuleGroup>> groups = Combinators.combine(
            Arbitraries.of(Dimension.class), caps(), decays(), conditions().list().ofMinSize(1).ofMaxSize(5),
            points().list().ofSize(5))
        .as(GroupParts::new)
        .list().ofMinSize(1).ofMaxSize(4)
        .map(RuleArbitraries::groups);
    return Combinators.combine(
            Arbitraries.of("Inbound", "Outbound  B2B", "Partner leads"),
            Arbitraries.integers().between(1, 100),
            groups,
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 100))
        .as((name, ceiling, gs, named, routeAt) -> {
          List<NamedGrade> grades = named
              ? List.of(NamedGrade.of("Hot", 70), NamedGrade.of("Warm", 40), NamedGrade.of("Cold", 0))
              : List.of();
          List<RoutingRule> routing = new ArrayList<>();
          routing.add(RoutingRule.to(LifecycleStage.MQL).whenScoreAtLeast(Math.min(routeAt, ceiling)).whenFitAtLeast(FitGrade.B));
          routing.add(RoutingRule.to(LeadStatus.NURTURING).whenGradeIn(named ? "Cold" : "D3"));
          return new ScoringModel(name, ceiling, gs, FitGrades.defaults(), EngagementLevels.defaults(), grades, routing);
        });
  }

  /** Models with behaviour rules of positive points only, so that engagement can only shrink with age. */
  public static Arbitrary<ScoringModel> decayingModels() {
    return Combinators.combine(decays(), behaviours().list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.integers().between(1, 100).list().ofSize(5), caps())
        .as((decay, conditions, points, cap) -> {
          RuleGroup.Builder group = RuleGroup.builder("Web", Dimension.ENGAGEMENT).decay(decay);
          cap.ifPresent(group::cap);
          for (int i = 0; i < conditions.size(); i++) {
            group.rule("r" + i, conditions.get(i), points.get(i));
          }
          return ScoringModel.builder("Decaying").group(group.build()).build();
        });
  }

  /** 0 to 15 events of the model's types, from 5 days after {@link RuleFixtures#AS_OF} to 200 days before. */
  public static Arbitrary<List<BehaviourEvent>> events() {
    return pastOrFutureEvents(-5).list().ofMaxSize(15);
  }

  /** 0 to 15 events at or before {@link RuleFixtures#AS_OF}. */
  public static Arbitrary<List<BehaviourEvent>> pastEvents() {
    return pastOrFutureEvents(0).list().ofMaxSize(15);
  }

  private static Arbitrary<BehaviourEvent> pastOrFutureEvents(int fromDaysAgo) {
    return Combinators.combine(Arbitraries.of(EVENT_TYPES),
            Arbitraries.doubles().between(fromDaysAgo, 200).ofScale(3),
            Arbitraries.of(DETAILS).map(d -> "https://acme.com" + d + "/page").optional())
        .as((type, days, detail) -> new BehaviourEvent(type, RuleFixtures.daysAgo(days), detail));
  }

  private static Arbitrary<OptionalInt> caps() {
    return Arbitraries.integers().between(1, 100).optional().map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  private static Arbitrary<Decay> decays() {
    return Arbitraries.oneOf(
        Arbitraries.just(Decay.none()),
        Arbitraries.integers().between(1, 90).map(Decay::window),
        Arbitraries.integers().between(1, 60).map(Decay::halfLife));
  }

  private static Arbitrary<Integer> points() {
    return Arbitraries.integers().between(-100, 100).filter(p -> p != 0);
  }

  /** Any condition the lead schema takes. */
  public static Arbitrary<Condition> conditions() {
    return Arbitraries.oneOf(fieldConditions(), behaviours());
  }

  private static Arbitrary<Condition> fieldConditions() {
    Arbitrary<String> field = Arbitraries.of(TEXT_FIELDS);
    Arbitrary<String> word = Arbitraries.of(WORDS);
    return Arbitraries.oneOf(
        Combinators.combine(field, word).as(Condition::equalTo),
        Combinators.combine(field, Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).uniqueElements())
            .as((f, ws) -> Condition.in(f, ws.toArray(String[]::new))),
        Combinators.combine(field, word).as(Condition::contains),
        Combinators.combine(field, Arbitraries.of("^v", "\\bdirector\\b", "care|ware", "\\.com$")).as(Condition::matches),
        Combinators.combine(Arbitraries.integers().between(0, 50_000), Arbitraries.integers().between(0, 50_000))
            .as((a, b) -> Condition.range("companySize", Math.min(a, b), Math.max(a, b))),
        Arbitraries.integers().between(0, 100_000).map(min -> Condition.atLeast("companySize", min)),
        Arbitraries.of("jobTitle", "companySize", "country", "custom.region").map(Condition::present),
        Arbitraries.of("jobTitle", "companySize", "industry").map(Condition::absent));
  }

  /** Behaviour conditions of every shape. */
  public static Arbitrary<Condition> behaviours() {
    return Combinators.combine(
            Arbitraries.of(EVENT_TYPES),
            Arbitraries.of(DETAILS).optional(),
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(1, 120).optional(),
            Arbitraries.of(0, 1, 2))
        .as((type, detail, atLeast, within, mode) -> {
          Condition.Behaviour b = Condition.event(type).atLeast(atLeast);
          b = detail.map(b::detailContains).orElse(b);
          b = within.map(b::withinDays).orElse(b);
          return mode == 0 ? b : mode == 1 ? b.perEvent() : b.perEvent(atLeast + 2);
        });
  }

  private record GroupParts(
      Dimension dimension, OptionalInt cap, Decay decay, List<Condition> conditions, List<Integer> points) {}

  private static List<RuleGroup> groups(List<GroupParts> parts) {
    List<RuleGroup> groups = new ArrayList<>();
    int id = 0;
    for (int g = 0; g < parts.size(); g++) {
      GroupParts p = parts.get(g);
      boolean behaviour = p.conditions().stream().anyMatch(c -> c instanceof Condition.Behaviour);
      List<ScoringRule> rules = new ArrayList<>();
      for (int r = 0; r < p.conditions().size(); r++) {
        rules.add(ScoringRule.of("r" + id++, p.conditions().get(r), p.points().get(r)));
      }
      groups.add(new RuleGroup("G" + g, p.dimension(), p.cap(), behaviour ? p.decay() : Decay.none(), rules));
    }
    return groups;
  }
}
