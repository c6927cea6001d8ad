package io.crmkit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.fixtures.Facts;
import io.crmkit.lifecycle.fixtures.RandomLifecycles;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Combinations of criteria behave as their logic says, and a criterion's answer names it. */
class CriteriaProperties {

  @Property
  void all_lists_exactly_the_violations_of_its_parts_in_order(
      @ForAll("parts") List<ExitCriterion<Facts>> parts, @ForAll("facts") Facts facts) {
    List<Violation> expected = new ArrayList<>();
    parts.forEach(part -> expected.addAll(part.check(facts)));

    assertThat(Criteria.all("all", "all of them", parts).check(facts)).isEqualTo(expected);
  }

  @Property
  void any_holds_exactly_when_one_part_holds(
      @ForAll("parts") List<ExitCriterion<Facts>> parts, @ForAll("facts") Facts facts) {
    ExitCriterion<Facts> any = Criteria.any("any", "one of them", parts);

    assertThat(any.holds(facts)).isEqualTo(parts.stream().anyMatch(part -> part.holds(facts)));
    any.check(facts).forEach(v -> assertThat(v.criterion()).isEqualTo(CriterionId.of("any")));
  }

  @Property
  void not_holds_exactly_when_its_part_does_not(@ForAll("parts") List<ExitCriterion<Facts>> parts, @ForAll("facts") Facts facts) {
    ExitCriterion<Facts> part = parts.get(0);

    assertThat(Criteria.not("not", "not that", part).holds(facts)).isEqualTo(!part.holds(facts));
  }

  @Property
  void a_criterion_holds_exactly_when_it_reports_no_violation(
      @ForAll("parts") List<ExitCriterion<Facts>> parts, @ForAll("facts") Facts facts) {
    for (ExitCriterion<Facts> part : parts) {
      assertThat(part.holds(facts)).isEqualTo(part.check(facts).isEmpty());
      assertThat(part.check(facts)).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }
  }

  @Provide
  Arbitrary<List<ExitCriterion<Facts>>> parts() {
    return Arbitraries.of(RandomLifecycles.CRITERIA.criteria()).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Facts> facts() {
    return RandomLifecycles.facts();
  }
}
