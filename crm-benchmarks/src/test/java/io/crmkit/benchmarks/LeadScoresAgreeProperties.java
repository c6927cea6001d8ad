package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.rules.BehaviourEvent;
import io.crmkit.scoring.rules.Scorer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the lead (fields in any case or missing, sizes on and off the bounds, events of every
 * type at the edges of each window, tied in time, yet to happen, with or without a detail), the
 * engine with {@link InboundScoringModel} and {@link ScoringByHand} give it the same points: the
 * benchmark compares like with like.
 */
class LeadScoresAgreeProperties {
  private static final Instant AS_OF = SampleProspects.AS_OF;
  private static final Scorer<Prospect> ENGINE = InboundScoringModel.model().compile(InboundScoringModel.schema());

  @Property(tries = 1_000)
  void the_engine_and_the_hand_written_loop_give_a_lead_the_same_points(@ForAll("leads") Prospect lead) {
    double engines = ENGINE.score(lead, AS_OF).points();

    double byHand = new ScoringByHand().score(lead, AS_OF.toEpochMilli());

    assertThat(byHand).isCloseTo(engines, within(LeadScoringBenchmark.TOLERANCE));
  }

  @Property(tries = 200)
  void the_hand_written_loop_keeps_nothing_from_one_lead_to_the_next(
      @ForAll("leads") Prospect first, @ForAll("leads") Prospect second) {
    ScoringByHand reused = new ScoringByHand();
    reused.score(first, AS_OF.toEpochMilli());

    double afterAnother = reused.score(second, AS_OF.toEpochMilli());

    assertThat(afterAnother).isEqualTo(new ScoringByHand().score(second, AS_OF.toEpochMilli()));
  }

  @Provide
  Arbitrary<Prospect> leads() {
    Arbitrary<String> titles = Arbitraries.of(
        "CEO", "chief revenue officer", "Co-Founder", "VP Sales", "vice president, EMEA", "Head of Growth",
        "Sales Director", "IT DIRECTOR", "Manager", "Product Manager & Student", "Intern", "Internal Auditor",
        "Engineer", "");
    Arbitrary<String> industries = Arbitraries.of("Software", "saas", "BANKING", "Education", "Non-profit", "Retail", "");
    Arbitrary<Double> sizes = Arbitraries.oneOf(
        Arbitraries.of(Double.NaN, 199.0, 200.0, 5000.0, 5000.5, 5001.0, 0.0),
        Arbitraries.doubles().between(1, 50_000));
    Arbitrary<String> countries = Arbitraries.of("US", "gb", "De", "IN", "BR", "");
    Arbitrary<String> domains = Arbitraries.of(
        "gmail.com", "GMAIL.COM", "company.com", "mit.edu", "ox.ac.uk", "unimelb.edu.au", "education.com", "");
    Arbitrary<String> sources = Arbitraries.of("Referral", "referral", "Referral partner", "Event", "");
    return Combinators.combine(
            titles.injectNull(0.1), industries.injectNull(0.1), sizes, countries.injectNull(0.1),
            domains.injectNull(0.1), sources.injectNull(0.1), events().list().ofMaxSize(30))
        .as(Prospect::new);
  }

  private Arbitrary<BehaviourEvent> events() {
    Arbitrary<String> types = Arbitraries.of(
        BehaviourEvent.PAGE_VIEW, BehaviourEvent.EMAIL_CLICK, BehaviourEvent.EMAIL_OPEN,
        BehaviourEvent.FORM_SUBMISSION, BehaviourEvent.DEMO_REQUEST, BehaviourEvent.WEBINAR_ATTENDED,
        BehaviourEvent.CONTENT_DOWNLOAD, "chat started");
    // Ages on the edges of the windows (30, 60, 90 and 180 days, to the millisecond), ties, and the future.
    Arbitrary<Long> ages = Arbitraries.oneOf(
        Arbitraries.of(0L, 1L, -1L),
        Arbitraries.of(30L, 60L, 90L, 180L).flatMap(days -> Arbitraries.of(-1L, 0L, 1L)
            .map(ms -> Duration.ofDays(days).toMillis() + ms)),
        Arbitraries.longs().between(0, Duration.ofDays(400).toMillis()),
        Arbitraries.longs().between(-Duration.ofDays(5).toMillis(), 0));
    Arbitrary<Optional<String>> details = Arbitraries.of(
        "https://crmkit.example/pricing", "/PRICING/enterprise", "/docs/api", "/Docs/", "/case-studies/acme",
        "/case-study/x", "/careers", "pricing update", "Newsletter signup", "contact us", "Contact Sales",
        "contact us now", "pricing guide", "White Paper: x", "analyst report", "ebook").optional(0.8);
    return Combinators.combine(types, ages, details)
        .as((type, age, detail) -> new BehaviourEvent(type, AS_OF.minusMillis(age), detail));
  }

  @Property(tries = 50)
  void the_sample_leads_score_alike_on_both_sides(@ForAll long seed) {
    ScoringByHand byHand = new ScoringByHand();

    for (Prospect lead : List.of(SampleProspects.make(seed, 50))) {
      assertThat(byHand.score(lead, AS_OF.toEpochMilli()))
          .isCloseTo(ENGINE.score(lead, AS_OF).points(), within(LeadScoringBenchmark.TOLERANCE));
    }
  }
}
