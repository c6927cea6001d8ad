package io.crmkit.scoring.dataset;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadFactsTest {

  @Test
  void facts_hold_numbers_and_categories_by_stripped_name_in_the_order_of_the_names() {
    LeadFacts facts = LeadFacts.builder().set(" source ", " Web ").set("employees", 120).build();

    assertThat(facts.names()).containsExactly("employees", "source");
    assertThat(facts.value("source")).contains(FeatureValue.of("Web"));
    assertThat(facts.value("employees")).contains(FeatureValue.of(120.0));
    assertThat(facts.value("country")).isEmpty();
  }

  @Test
  void a_blank_category_is_a_missing_value_and_a_later_value_replaces_an_earlier_one() {
    LeadFacts facts = LeadFacts.builder().set("source", "Web").set("source", "  ").set("country", "BE").set("country", "FR").build();

    assertThat(facts.values()).isEqualTo(Map.of("country", FeatureValue.of("FR")));
  }

  @Test
  void a_number_reads_as_its_shortest_text() {
    assertThat(FeatureValue.of(3.0).text()).isEqualTo("3");
    assertThat(FeatureValue.of(-0.0).text()).isEqualTo("0");
    assertThat(FeatureValue.of(2.5).text()).isEqualTo("2.5");
    assertThat(FeatureValue.of(-0.0)).isEqualTo(FeatureValue.of(0.0));
  }

  @Test
  void bad_names_and_values_are_refused() {
    assertRejected("lead.value", "finite", () -> FeatureValue.of(Double.NaN));
    assertRejected("lead.value", "finite", () -> LeadFacts.builder().set("visits", Double.POSITIVE_INFINITY));
    assertRejected("lead.value", "required", () -> FeatureValue.of(" "));
    assertRejected("lead.feature", "required", () -> LeadFacts.builder().set(" ", "Web"));
    assertRejected("lead.feature", "duplicate",
        () -> new LeadFacts(Map.of("source", FeatureValue.of("Web"), " source", FeatureValue.of("Ads"))));
  }

  @Test
  void a_closed_lead_is_won_or_lost() {
    ClosedLead won = ClosedLead.won(LeadFacts.none());

    assertThat(won.isWon()).isTrue();
    assertThat(won.outcome().label()).isEqualTo(1);
    assertThat(ClosedLead.lost(LeadFacts.none()).outcome()).isEqualTo(Outcome.LOST).isEqualTo(Outcome.ofWon(false));
    assertRejected("closedLead.outcome", "required", () -> new ClosedLead(LeadFacts.none(), null));
  }
}
