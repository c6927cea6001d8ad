package io.crmkit.scoring.evaluation;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.scoring.predictive.fixtures.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.dataset.CsvDatasetOptions;
import io.crmkit.scoring.dataset.CsvDatasetReader;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.predictive.bayes.NaiveBayesTrainer;
import io.crmkit.scoring.predictive.fixtures.SyntheticLeads;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionModel;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionTrainer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
  private static final Dataset EXPORT = CsvDatasetReader.read(
      SyntheticLeads.leadExportCsv(42, 2_000), CsvDatasetOptions.target("Converted").excluding("Prospect ID"));

  @Test
  void each_fold_is_scored_by_a_model_trained_on_the_others() {
    CrossValidationReport report = CrossValidation.stratified(5, 1).run(EXPORT, LogisticRegressionTrainer.defaults());

    assertThat(report.folds()).hasSize(5).extracting(FoldResult::fold).containsExactly(1, 2, 3, 4, 5);
    assertThat(report.folds()).allSatisfy(fold -> {
      assertThat(fold.trainingLeads() + fold.test().leads()).isEqualTo(EXPORT.size());
      assertThat(fold.test().leads()).isEqualTo(400);
      assertThat(((LogisticRegressionModel) fold.model()).convergence().converged()).isTrue();
    });
    assertThat(report.outOfFold().size()).isEqualTo(EXPORT.size());
    assertThat(report.pooled()).isEqualTo(report.outOfFold().summary());
  }

  @Test
  void both_models_find_the_signal_in_a_lead_export() {
    CrossValidation folds = CrossValidation.stratified(5, 7);

    ScoreSummary logistic = folds.run(EXPORT, LogisticRegressionTrainer.defaults()).pooled();
    ScoreSummary bayes = folds.run(EXPORT, NaiveBayesTrainer.defaults()).pooled();

    assertThat(logistic.auc()).isGreaterThan(0.75);
    assertThat(bayes.auc()).isGreaterThan(0.75);
    assertThat(logistic.topDecileLift()).isGreaterThan(1.5);
    assertThat(logistic.brier()).isLessThan(bayes.brier() + 0.05).isLessThan(0.25);
  }

  @Test
  void the_same_seed_deals_the_same_folds() {
    int[] first = CrossValidation.stratified(5, 3).assign(EXPORT);
    int[] again = CrossValidation.stratified(5, 3).assign(EXPORT);
    int[] other = CrossValidation.stratified(5, 4).assign(EXPORT);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void the_fold_auc_spread_is_reported() {
    CrossValidationReport report = CrossValidation.stratified(4, 5).run(EXPORT, LogisticRegressionTrainer.defaults());

    double mean = report.folds().stream().mapToDouble(f -> f.test().auc()).average().orElseThrow();
    assertThat(report.meanFoldAuc()).isCloseTo(mean, within(1e-12));
    assertThat(report.foldAucStandardDeviation()).isPositive().isLessThan(0.1);
  }

  @Test
  void fewer_leads_won_leads_or_lost_leads_than_folds_are_refused() {
    Dataset three = Dataset.of(List.of(lead("s", "a").won(), lead("s", "b").lost(), lead("s", "c").lost()));
    Dataset allWon = Dataset.of(List.of(lead("s", "a").won(), lead("s", "b").won()));

    assertRejected("crossValidation.folds", "more-than-leads", () -> CrossValidation.stratified(5, 1).assign(three));
    assertRejected("crossValidation.folds", "more-than-won-leads", () -> CrossValidation.stratified(2, 1).assign(three));
    assertRejected("crossValidation.folds", "more-than-lost-leads",
        () -> CrossValidation.stratified(2, 1).run(allWon, LogisticRegressionTrainer.defaults()));
    assertRejected("crossValidation.folds", "range", () -> CrossValidation.stratified(1, 1));
  }
}
