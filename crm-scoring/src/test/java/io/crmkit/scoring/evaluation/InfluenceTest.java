package io.crmkit.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.dataset.CsvDatasetOptions;
import io.crmkit.scoring.dataset.CsvDatasetReader;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.predictive.bayes.NaiveBayesModel;
import io.crmkit.scoring.predictive.bayes.NaiveBayesTrainer;
import io.crmkit.scoring.predictive.fixtures.SyntheticLeads;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionModel;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionTrainer;
import org.junit.jupiter.api.Test;

class InfluenceTest {
  private static final Dataset EXPORT = CsvDatasetReader.read(
      SyntheticLeads.leadExportCsv(9, 3_000), CsvDatasetOptions.target("Converted").excluding("Prospect ID"));

  @Test
  void the_values_a_lead_export_was_drawn_with_push_the_logistic_regression_most() {
    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().train(EXPORT);

    Influence influence = Influence.of(model, EXPORT);

    assertThat(influence.pushingUp(1, 50)).extracting(ValueInfluence::value).containsExactly("Reference");
    assertThat(influence.pushingDown(1, 50)).extracting(ValueInfluence::value).containsExactly("Olark Chat");
    assertThat(influence.features()).extracting(FeatureInfluence::feature).startsWith("Lead Source", "Time on site");
    assertThat(influence.values()).noneMatch(v -> v.feature().equals("Time on site"));
    assertThat(influence.values()).allSatisfy(v -> assertThat(v.leads()).isPositive());
  }

  @Test
  void naive_bayes_values_include_ranges_of_numbers() {
    NaiveBayesModel model = NaiveBayesTrainer.defaults().train(EXPORT);

    Influence influence = Influence.of(model, EXPORT);

    assertThat(influence.pushingUp(1, 50)).extracting(ValueInfluence::value).containsExactly("Reference");
    assertThat(influence.values()).anySatisfy(v -> {
      assertThat(v.feature()).isEqualTo("Time on site");
      assertThat(v.value()).startsWith("> ");
      assertThat(v.meanLogOdds()).isPositive();
    });
    assertThat(influence.features().get(influence.features().size() - 1).feature()).isIn("Country", "TotalVisits");
  }
}
