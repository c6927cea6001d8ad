package io.crmkit.scoring.rules;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Conditions: how they normalise and describe themselves, and every way one is refused. */
class ConditionTest {

  @Test
  void texts_and_field_names_are_folded() {
    assertThat(Condition.equalTo(" job  Title ", "  Chief   Executive ")).isEqualTo(Condition.equalTo("job Title", "Chief Executive"));
    assertThat(Condition.in("industry", " Software ", "Retail").values()).containsExactly("Software", "Retail");
    assertThat(Condition.event("  Page   View ").eventType()).isEqualTo("page view");
  }

  @Test
  void each_condition_describes_itself_for_an_explanation() {
    assertThat(Condition.equalTo("industry", "Software").describe()).isEqualTo("industry is \"Software\"");
    assertThat(Condition.in("country", "DE", "AT").describe()).isEqualTo("country is one of \"DE\", \"AT\"");
    assertThat(Condition.range("companySize", 50, 5000).describe()).isEqualTo("companySize from 50 to 5000");
    assertThat(Condition.atLeast("companySize", 2.5).describe()).isEqualTo("companySize at least 2.5");
    assertThat(Condition.atMost("companySize", 10).describe()).isEqualTo("companySize at most 10");
    assertThat(Condition.matches("jobTitle", "vp|director").describe()).isEqualTo("jobTitle matches /vp|director/");
    assertThat(Condition.contains("jobTitle", "student").describe()).isEqualTo("jobTitle contains \"student\"");
    assertThat(Condition.present("jobTitle").describe()).isEqualTo("jobTitle is present");
    assertThat(Condition.absent("jobTitle").describe()).isEqualTo("jobTitle is missing");
    assertThat(Condition.event("demo request").describe()).isEqualTo("demo request");
    assertThat(Condition.event("page view").detailContains("/pricing").atLeast(2).withinDays(30).describe())
        .isEqualTo("page view about \"/pricing\" 2 times or more in the last 30 days");
    assertThat(Condition.event("page view").detailMatches("/docs/.*").perEvent(5).describe())
        .isEqualTo("each page view about //docs/.*/, 5 at most");
    assertThat(Condition.event("email click").atLeast(3).perEvent().withinDays(1).describe())
        .isEqualTo("each email click, once 3 times or more in the last 1 day");
  }

  @Test
  void a_blank_field_or_text_is_refused() {
    assertRejected("condition.field", "required", () -> Condition.equalTo(" ", "x"));
    assertRejected("condition.equals", "required", () -> Condition.equalTo("industry", "\u00a0"));
    assertRejected("condition.contains", "required", () -> Condition.contains("jobTitle", ""));
    assertRejected("condition.field", "required", () -> Condition.present(null));
    assertRejected("condition.field", "required", () -> Condition.absent(""));
  }

  @Test
  void an_empty_or_repeating_list_of_texts_is_refused() {
    assertRejected("condition.in", "required", () -> Condition.in("industry"));
    assertRejected("condition.in[1]", "duplicate", () -> Condition.in("industry", "Software", " software "));
    assertRejected("condition.in[0]", "required", () -> Condition.in("industry", (String) null));
    assertRejected("condition.in", "required", () -> new Condition.In("industry", null));
  }

  @Test
  void a_range_needs_a_finite_bound_in_order() {
    assertRejected("condition.range", "required",
        () -> new Condition.Range("companySize", OptionalDouble.empty(), OptionalDouble.empty()));
    assertRejected("condition.range.max", "order", () -> Condition.range("companySize", 10, 5));
    assertRejected("condition.range.min", "finite", () -> Condition.atLeast("companySize", Double.NaN));
    assertRejected("condition.range.max", "finite", () -> Condition.atMost("companySize", Double.POSITIVE_INFINITY));
  }

  @Test
  void a_regular_expression_that_does_not_compile_is_refused_saying_where() {
    var e = assertRejected("condition.matches", "invalid", () -> Condition.matches("jobTitle", "(vp|director"));
    assertThat(e.getMessage()).contains("not a regular expression", "near index");
    assertRejected("condition.matches", "required", () -> Condition.matches("jobTitle", " "));
    assertRejected("condition.detailMatches", "invalid", () -> Condition.event("page view").detailMatches("[a-"));
  }

  @Test
  void behaviour_counts_and_limits_are_checked() {
    assertRejected("condition.event", "required", () -> Condition.event(" "));
    assertRejected("condition.atLeast", "range", () -> Condition.event("page view").atLeast(0));
    assertRejected("condition.withinDays", "range", () -> Condition.event("page view").withinDays(0));
    assertRejected("condition.withinDays", "range", () -> Condition.event("page view").withinDays(Decay.MAX_DAYS + 1));
    assertRejected("condition.maxTimes", "range", () -> Condition.event("page view").atLeast(3).perEvent(2));
    assertRejected("condition.maxTimes", "per-event", () -> new Condition.Behaviour(
        "page view", Optional.empty(), Optional.empty(), 1, OptionalInt.empty(), false, OptionalInt.of(3)));
    assertRejected("condition.detailMatches", "exclusive", () -> new Condition.Behaviour(
        "page view", Optional.of("/docs"), Optional.of("/docs"), 1, OptionalInt.empty(), false, OptionalInt.empty()));
    assertRejected("condition.detailContains", "required", () -> Condition.event("page view").detailContains(" "));
  }

  @Test
  void a_rule_needs_points_other_than_zero_within_the_scale() {
    Condition vp = Condition.contains("jobTitle", "vp");

    assertRejected("rule.points", "range", () -> ScoringRule.of("vp", vp, 0));
    assertRejected("rule.points", "range", () -> ScoringRule.of("vp", vp, 101));
    assertRejected("rule.points", "range", () -> ScoringRule.of("vp", vp, -101));
    assertRejected("rule.id", "required", () -> ScoringRule.of(" ", vp, 10));
    assertRejected("rule.label", "required", () -> ScoringRule.of("vp", " ", vp, 10));
    assertRejected("rule.condition", "required", () -> ScoringRule.of("vp", "VP", null, 10));
    assertRejected("rule.condition", "required", () -> ScoringRule.of("vp", null, 10));
  }

  @Test
  void a_rule_without_a_label_of_its_own_is_labelled_by_its_condition() {
    ScoringRule rule = ScoringRule.of("vp", Condition.contains("jobTitle", "vp"), 10);

    assertThat(rule.label()).isEqualTo("jobTitle contains \"vp\"");
    assertThat(rule.hasDefaultLabel()).isTrue();
    assertThat(ScoringRule.of("vp", "Vice president", Condition.contains("jobTitle", "vp"), 10).hasDefaultLabel())
        .isFalse();
  }

  @Test
  void decays_are_from_1_day_to_ten_years() {
    assertRejected("decay.windowDays", "range", () -> Decay.window(0));
    assertRejected("decay.halfLifeDays", "range", () -> Decay.halfLife(Decay.MAX_DAYS + 1));
  }

  @Test
  void a_behaviour_event_is_normalised_and_checked() {
    BehaviourEvent event = BehaviourEvent.of(" Page  VIEW ", RuleFixtures.AS_OF, "  https://acme.com/pricing ");

    assertThat(event.type()).isEqualTo("page view");
    assertThat(event.detail()).contains("https://acme.com/pricing");
    assertRejected("behaviourEvent.type", "required", () -> BehaviourEvent.of("", RuleFixtures.AS_OF));
    assertRejected("behaviourEvent.occurredAt", "required", () -> BehaviourEvent.of("page view", null));
    assertRejected("behaviourEvent.occurredAt", "range", () -> BehaviourEvent.of("page view", java.time.Instant.MAX));
    assertRejected("behaviourEvent.detail", "required", () -> BehaviourEvent.of("page view", RuleFixtures.AS_OF, " "));
    assertRejected("behaviourEvent.detail", "required",
        () -> new BehaviourEvent("page view", RuleFixtures.AS_OF, null));
  }

  @Test
  void lists_given_to_conditions_are_copied() {
    List<String> industries = Arrays.asList("Software", "Retail");
    Condition.In in = new Condition.In("industry", industries);
    industries.set(0, "Mining");

    assertThat(in.values()).containsExactly("Software", "Retail");
  }
}
