package io.crmkit.scoring.predictive.bayes;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.scoring.predictive.fixtures.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.dataset.LeadFacts;
import io.crmkit.scoring.predictive.Factor;
import io.crmkit.scoring.predictive.Prediction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveBayesModelTest {
  private static final double EXACT = 1e-12;

  /** Five closed leads: 2 won, 3 lost, one of them without a source. */
  private static final List<ClosedLead> CLOSED = List.of(
      lead("country", "BE", "source", "Web").won(),
      lead("country", "BE", "source", "Ads").lost(),
      lead("country", "FR", "source", "Web").lost(),
      lead("country", "FR").lost(),
      lead("country", "BE", "source", "Web").won());

  private static final NaiveBayesModel MODEL = NaiveBayesModel.rebuild(NaiveBayesSettings.of("country", "source"), CLOSED);

  @Test
  void every_field_value_of_the_closed_leads_gets_its_won_and_lost_counts() {
    TeamFrequencies counts = MODEL.team(NaiveBayesModel.NO_TEAM).orElseThrow();

    assertThat(counts.wonLeads()).isEqualTo(2);
    assertThat(counts.lostLeads()).isEqualTo(3);
    assertThat(counts.counts("country", "BE")).contains(new OutcomeCounts(2, 1));
    assertThat(counts.counts("country", "FR")).contains(new OutcomeCounts(0, 2));
    assertThat(counts.counts("source", "Web")).contains(new OutcomeCounts(2, 1));
    assertThat(counts.counts("source", "Ads")).contains(new OutcomeCounts(0, 1));
    assertThat(counts.fields().get("source")).hasSize(2);
  }

  @Test
  void every_count_starts_at_a_tenth() {
    OutcomeCounts fr = MODEL.team(NaiveBayesModel.NO_TEAM).orElseThrow().counts("country", "FR").orElseThrow();

    assertThat(fr.won()).isEqualTo(0.1);
    assertThat(fr.lost()).isEqualTo(2.1);
  }

  @Test
  void the_probability_is_s_won_over_s_won_plus_s_lost_with_each_field_divided_by_its_own_sum() {
    // given country sums: won 2.1 + 0.1 = 2.2, lost 1.1 + 2.1 = 3.2; source sums: won 2.2, lost 1.1 + 1.1 = 2.2
    double sWon = (2.0 / 5) * (2.1 / 2.2) * (2.1 / 2.2);
    double sLost = (3.0 / 5) * (1.1 / 3.2) * (1.1 / 2.2);

    // when
    Prediction prediction = MODEL.predict(lead("country", "BE", "source", "Web").facts());

    // then
    assertThat(prediction.probability()).isCloseTo(sWon / (sWon + sLost), within(EXACT));
    assertThat(prediction.factors()).extracting(Factor::value).containsExactly("BE", "Web");
    assertThat(prediction.factors().get(0).logOdds()).isCloseTo(Math.log((2.1 / 2.2) / (1.1 / 3.2)), within(EXACT));
    assertThat(prediction.factors().get(1).logOdds()).isCloseTo(Math.log((2.1 / 2.2) / (1.1 / 2.2)), within(EXACT));
  }

  @Test
  void empty_and_unseen_values_are_skipped() {
    // a country nobody closed a lead in, and no source: only P(won) is left
    Prediction prediction = MODEL.predict(lead("country", "DE").facts());

    assertThat(prediction.probability()).isCloseTo(2.0 / 5, within(EXACT));
    assertThat(prediction.factors()).isEmpty();
  }

  @Test
  void the_factors_say_which_values_push_the_probability_up_and_down_most() {
    Prediction prediction = MODEL.predict(lead("country", "FR", "source", "Web").facts());

    assertThat(prediction.pushingUp(3)).extracting(Factor::value).containsExactly("Web");
    assertThat(prediction.pushingDown(3)).extracting(Factor::value).containsExactly("FR");
    assertThat(prediction.pushingDown(3).get(0).logOdds()).isCloseTo(Math.log((0.1 / 2.2) / (2.1 / 3.2)), within(EXACT));
  }

  @Test
  void the_probability_is_clamped_to_between_0_01_and_99_99_percent() {
    // given 100 won leads with the same three values, and one lost lead without them
    List<ClosedLead> closed = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      closed.add(lead("a", "x", "b", "x", "c", "x").won());
    }
    closed.add(lead("a", "y", "b", "y", "c", "y").lost());
    NaiveBayesModel model = NaiveBayesModel.rebuild(NaiveBayesSettings.of("a", "b", "c"), closed);

    // when: odds of about 100 x 12^3 for, and 1/100 x (1/1000)^3 against
    double sure = model.predict(lead("a", "x", "b", "x", "c", "x").facts()).probability();
    double hopeless = model.predict(lead("a", "y", "b", "y", "c", "y").facts()).probability();

    // then
    assertThat(sure).isEqualTo(NaiveBayesModel.MAXIMUM_PROBABILITY).isEqualTo(0.9999);
    assertThat(hopeless).isEqualTo(NaiveBayesModel.MINIMUM_PROBABILITY).isEqualTo(0.0001);
    assertThat(model.predict(LeadFacts.none()).percent()).isCloseTo(100.0 * 100 / 101, within(1e-9));
  }

  @Test
  void a_lead_won_or_lost_later_changes_the_counts_incrementally() {
    // given
    NaiveBayesModel model = NaiveBayesModel.rebuild(MODEL.settings(), CLOSED.subList(0, 3));

    // when
    NaiveBayesModel updated = model.withClosedLead(CLOSED.get(3)).withClosedLead(CLOSED.get(4));

    // then
    assertThat(updated).isEqualTo(MODEL);
    assertThat(model.team(NaiveBayesModel.NO_TEAM).orElseThrow().closedLeads()).isEqualTo(3);
  }

  @Test
  void a_reopened_lead_is_taken_back_and_values_left_with_no_lead_are_forgotten() {
    // when the only lead with source Ads is reopened
    NaiveBayesModel model = MODEL.withoutClosedLead(CLOSED.get(1));

    // then
    List<ClosedLead> rest = new ArrayList<>(CLOSED);
    rest.remove(1);
    assertThat(model).isEqualTo(NaiveBayesModel.rebuild(MODEL.settings(), rest));
    assertThat(model.team(NaiveBayesModel.NO_TEAM).orElseThrow().counts("source", "Ads")).isEmpty();
  }

  @Test
  void a_lead_that_was_not_counted_cannot_be_taken_back() {
    ClosedLead neverLost = lead("country", "DE").lost();

    assertRejected("closedLead", "not-counted", () -> MODEL.withoutClosedLead(neverLost));
    assertRejected("closedLead", "not-counted", () -> NaiveBayesModel.empty(MODEL.settings()).withoutClosedLead(CLOSED.get(0)));
  }

  @Test
  void an_unknown_feature_at_prediction_is_refused() {
    assertRejected("lead.phone", "unknown-feature", () -> MODEL.predict(lead("country", "BE", "phone", "correct").facts()));
    assertRejected("lead.phone", "unknown-feature", () -> MODEL.withClosedLead(lead("phone", "correct").won()));
  }

  @Test
  void a_number_for_a_categorical_field_and_a_category_for_a_numeric_one_are_refused() {
    NaiveBayesModel model = NaiveBayesModel.rebuild(
        NaiveBayesSettings.of("country", "employees").withNumericBins(new NumericBins("employees", List.of(10.0, 100.0))),
        List.of(ClosedLead.won(LeadFacts.builder().set("employees", 50).build()), lead("country", "BE").lost()));

    assertRejected("lead.country", "not-a-category", () -> model.predict(LeadFacts.builder().set("country", 3).build()));
    assertRejected("lead.employees", "not-a-number", () -> model.predict(lead("employees", "many").facts()));
    assertThat(model.team(NaiveBayesModel.NO_TEAM).orElseThrow().counts("employees", "(10, 100]")).contains(new OutcomeCounts(1, 0));
  }

  @Test
  void a_model_without_won_and_lost_leads_cannot_predict_yet() {
    NaiveBayesModel onlyWon = NaiveBayesModel.empty(MODEL.settings()).withClosedLead(CLOSED.get(0));

    assertThat(onlyWon.canPredict()).isFalse();
    assertThat(MODEL.canPredict()).isTrue();
    assertThatThrownBy(() -> onlyWon.predict(LeadFacts.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 won and 0 lost");
  }
}
