package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.dataset.CsvDatasetOptions;
import io.crmkit.scoring.dataset.CsvDatasetReader;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.LeadFacts;
import io.crmkit.scoring.evaluation.CrossValidation;
import io.crmkit.scoring.evaluation.CrossValidationReport;
import io.crmkit.scoring.predictive.fixtures.SyntheticLeads;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionModel;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of training and judging a model, run as written. */
class ReadmePredictiveExampleTest {

  @Test
  void the_readme_example_trains_judges_and_explains_a_model(@TempDir Path directory) throws IOException {
    Path csv = Files.writeString(directory.resolve("leads.csv"), SyntheticLeads.leadExportCsv(2024, 3_000));

    // --- README example starts ---
    Dataset leads = CsvDatasetReader.read(csv, CsvDatasetOptions.target("Converted").excluding("Prospect ID"));
    CrossValidationReport report = CrossValidation.stratified(5, 42).run(leads, LogisticRegressionTrainer.defaults());
    String judged = String.format(Locale.ROOT, "AUC %.3f, Brier %.3f, top-decile lift %.1f",
        report.pooled().auc(), report.pooled().brier(), report.pooled().topDecileLift());

    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().train(leads);
    Prediction prediction = model.predict(
        LeadFacts.builder().set("Lead Source", "Reference").set("Time on site", 1500).build());
    // prediction.percent(), prediction.pushingUp(3), prediction.pushingDown(3)
    // --- README example ends ---

    assertThat(judged).startsWith("AUC 0.");
    assertThat(report.pooled().auc()).isGreaterThan(0.75);
    assertThat(prediction.percent()).isGreaterThan(80.0);
    assertThat(prediction.pushingUp(3)).extracting(Factor::feature).startsWith("Lead Source", "Time on site");
    assertThat(prediction.pushingDown(3)).isNotEmpty();
  }
}
