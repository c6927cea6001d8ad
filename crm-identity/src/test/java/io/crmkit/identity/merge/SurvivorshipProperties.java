package io.crmkit.identity.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.id.ContactId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The survivorship engine's invariants, for any candidates and any chain of rules. */
class SurvivorshipProperties {

  @Property
  void the_decision_does_not_depend_on_the_order_of_the_candidates(
      @ForAll("candidates") List<FieldCandidate> candidates, @ForAll("rules") List<SurvivorshipRule> rules,
      @ForAll long seed) {
    List<FieldCandidate> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(Survivorship.decide("title", rules, shuffled)).isEqualTo(Survivorship.decide("title", rules, candidates));
  }

  @Property
  void the_winner_is_a_candidate_and_an_empty_field_has_none(
      @ForAll("candidates") List<FieldCandidate> candidates, @ForAll("rules") List<SurvivorshipRule> rules) {
    FieldDecision d = Survivorship.decide("title", rules, candidates);

    assertThat(d.winner().isPresent()).isEqualTo(!candidates.isEmpty());
    d.winner().ifPresent(w -> assertThat(candidates).anyMatch(c -> c.recordId().equals(w)));
  }

  @Property
  void most_recent_first_always_picks_a_value_of_the_latest_record(
      @ForAll("candidates") List<FieldCandidate> candidates) {
    FieldDecision d = Survivorship.decide("title", List.of(SurvivorshipRule.mostRecent()), candidates);

    candidates.stream().map(FieldCandidate::updatedAt).max(java.util.Comparator.naturalOrder()).ifPresent(latest -> {
      Object won = candidates.stream().filter(c -> c.recordId().equals(d.winner().orElseThrow())).findFirst()
          .orElseThrow().value();
      assertThat(candidates).anyMatch(c -> c.updatedAt().equals(latest) && c.value().equals(won));
    });
  }

  @Provide
  Arbitrary<List<FieldCandidate>> candidates() {
    Arbitrary<String> values = Arbitraries.of("Analyst", "Chief analyst", "Countess", "CTO");
    Arbitrary<Optional<String>> sources = Arbitraries.of("crm", "web form", "import").optional();
    return Combinators.combine(values, PeopleFixtures.instants(), sources).as(Slot::new)
        .list().ofMaxSize(5)
        .flatMap(slots -> Arbitraries.integers().between(-1, slots.size() - 1).map(survivorAt ->
            IntStream.range(0, slots.size()).mapToObj(i -> new FieldCandidate(ContactId.of("con-" + i),
                slots.get(i).value(), slots.get(i).updatedAt(), slots.get(i).source(), i == survivorAt)).toList()));
  }

  @Provide
  Arbitrary<List<SurvivorshipRule>> rules() {
    return Arbitraries.of(SurvivorshipRule.mostRecent(), SurvivorshipRule.mostComplete(),
        SurvivorshipRule.mostFrequent(), SurvivorshipRule.sourcePriority("import", "crm")).list().ofMaxSize(3);
  }

  private record Slot(String value, java.time.Instant updatedAt, Optional<String> source) {}
}
