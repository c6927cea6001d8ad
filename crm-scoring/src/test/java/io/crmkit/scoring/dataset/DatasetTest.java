package io.crmkit.scoring.dataset;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final List<ClosedLead> LEADS = List.of(
      ClosedLead.won(LeadFacts.builder().set("source", "Web").set("visits", 3).build()),
      ClosedLead.lost(LeadFacts.builder().set("source", "Ads").build()),
      ClosedLead.won(LeadFacts.builder().set("source", "Web").set("visits", 7.5).build()));

  @Test
  void a_feature_of_numbers_is_numeric_one_of_categories_categorical_in_the_order_of_the_names() {
    Dataset dataset = Dataset.of(LEADS);

    assertThat(dataset.features()).containsExactly(
        new CategoricalFeature("source", List.of("Web", "Ads")), new NumericFeature("visits"));
    assertThat(dataset.size()).isEqualTo(3);
    assertThat(dataset.wonCount()).isEqualTo(2);
    assertThat(dataset.lostCount()).isEqualTo(1);
    assertThat(dataset.labels()).containsExactly(1, 0, 1);
  }

  @Test
  void a_missing_number_reads_as_nan_and_a_missing_category_as_minus_one() {
    Dataset dataset = Dataset.of(List.of(
        ClosedLead.won(LeadFacts.builder().set("source", "Web").build()),
        ClosedLead.lost(LeadFacts.builder().set("visits", 2).build())));

    assertThat(dataset.number(1, 0)).isNaN();
    assertThat(dataset.level(0, 1)).isEqualTo(-1);
    assertThat(dataset.value(1, 0)).isEmpty();
    assertThat(dataset.value(1, 1)).contains(FeatureValue.of(2.0));
  }

  @Test
  void each_row_gives_back_its_lead() {
    Dataset dataset = Dataset.of(LEADS);

    for (int row = 0; row < LEADS.size(); row++) {
      assertThat(dataset.closedLead(row)).isEqualTo(LEADS.get(row));
    }
  }

  @Test
  void some_rows_keep_the_features_and_levels_of_the_whole() {
    Dataset dataset = Dataset.of(LEADS);

    Dataset part = dataset.rows(new int[] {1, 1});

    assertThat(part.features()).isEqualTo(dataset.features());
    assertThat(part.size()).isEqualTo(2);
    assertThat(part.closedLead(0)).isEqualTo(LEADS.get(1));
    assertThat(part.wonCount()).isZero();
    assertThat(dataset.rows(new int[] {0, 1, 2})).isEqualTo(dataset);
    assertRejected("dataset.rows", "range", () -> dataset.rows(new int[] {3}));
    assertRejected("dataset.leads", "empty", () -> dataset.rows(new int[0]));
  }

  @Test
  void features_can_be_left_out() {
    Dataset dataset = Dataset.of(LEADS).without(Set.of("visits", "not a feature"));

    assertThat(dataset.features()).extracting(Feature::name).containsExactly("source");
    assertThat(dataset.indexOf("visits")).isEmpty();
    assertThat(dataset.indexOf("source")).hasValue(0);
  }

  @Test
  void numbers_and_categories_in_one_feature_are_refused() {
    List<ClosedLead> mixed = List.of(
        ClosedLead.won(LeadFacts.builder().set("zip", 1000).build()),
        ClosedLead.lost(LeadFacts.builder().set("zip", "B-1000").build()));

    assertRejected("lead.zip", "mixed-types", () -> Dataset.of(mixed));
    assertRejected("dataset.leads", "empty", () -> Dataset.of(List.of()));
  }

  @Test
  void reading_a_column_as_the_other_kind_is_a_programming_error() {
    Dataset dataset = Dataset.of(LEADS);

    assertThatThrownBy(() -> dataset.number(0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessage("source is not numeric");
    assertThatThrownBy(() -> dataset.level(1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessage("visits is not categorical");
  }
}
