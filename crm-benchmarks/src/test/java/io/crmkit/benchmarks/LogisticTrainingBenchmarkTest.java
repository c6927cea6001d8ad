package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.CategoricalFeature;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.NumericFeature;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionModel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The logistic training benchmark's own code on 4,000 leads: its set-up (which fits both sides and
 * compares them weight by weight), each side's fit and the check after it, as JMH calls them, so
 * the build proves that crmkit and the fit by hand agree without running the benchmark. Nothing
 * here is timed.
 */
class LogisticTrainingBenchmarkTest {
  private static final int LEADS = 4_000;

  private final LogisticTrainingBenchmark benchmark = new LogisticTrainingBenchmark();

  @BeforeEach
  void setUpTheBenchmark() {
    benchmark.leads = LEADS;
    benchmark.makeLeadsAndFitBoth();
  }

  @Test
  void crmkit_reaches_the_weights_the_set_up_found_both_sides_agree_on() {
    LogisticRegressionModel model = benchmark.crmkit();

    assertThat(model.convergence().converged()).isTrue();
    assertThat(benchmark.expected().differenceFrom(
        LogisticTrainingBenchmark.Weights.of(model, benchmark.expected().columns()))).isEmpty();
    benchmark.checkFit();
  }

  @Test
  void the_fit_by_hand_reaches_crmkits_weights() {
    LogisticFitByHand.Fit fit = benchmark.newtonByHand();

    assertThat(fit.converged()).isTrue();
    assertThat(fit.iterations()).isBetween(3, 30);
    assertThat(benchmark.expected().differenceFrom(LogisticTrainingBenchmark.Weights.of(fit))).isEmpty();
    benchmark.checkFit();
  }

  @Test
  void the_weights_have_a_column_per_number_category_and_missing_value() {
    LogisticTrainingBenchmark.Weights expected = benchmark.expected();

    assertThat(expected.columns()).hasSize(1 + 40 + 57 + 20)
        .contains("(intercept)", "employees", "employees (missing)", "industry=Software", "emailKind=Student")
        .doesNotContain("leadSource (missing)");
    assertThat(expected.converged()).isTrue();
  }

  @Test
  void the_fit_finds_the_pushes_the_leads_were_drawn_with() {
    Dataset many = SampleTrainingLeads.make(LogisticTrainingBenchmark.SEED, 40_000);

    LogisticTrainingBenchmark.Weights fit = LogisticTrainingBenchmark.Weights.of(
        LogisticFitByHand.fit(many, 1.0, 100, 1e-8));

    assertThat(weight(fit, "demoRequests")).as("0.5 per standard deviation").isBetween(0.4, 0.6);
    assertThat(weight(fit, "daysSinceLastActivity")).as("-0.4 per standard deviation").isBetween(-0.5, -0.3);
    assertThat(weight(fit, "emailKind=Business") - weight(fit, "emailKind=Student"))
        .as("1.5 between business and student addresses").isBetween(1.3, 1.7);
  }

  @Test
  void the_check_fails_when_a_fit_differs_in_one_weight() {
    benchmark.newtonByHand();

    benchmark.spoilLastFitByHand(7);

    assertThatThrownBy(benchmark::checkFit)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("wrong logistic fit: the fit by hand weighs "
            + benchmark.expected().columns().get(7) + " by ");
  }

  @Test
  void weights_that_differ_within_the_tolerance_agree_and_a_fit_that_did_not_converge_does_not() {
    LogisticTrainingBenchmark.Weights expected = benchmark.expected();
    double[] nudged = expected.weights().clone();
    nudged[0] += LogisticTrainingBenchmark.TOLERANCE / 2;

    assertThat(expected.differenceFrom(new LogisticTrainingBenchmark.Weights(expected.columns(), nudged, true)))
        .isEmpty();
    assertThat(expected.differenceFrom(new LogisticTrainingBenchmark.Weights(expected.columns(), nudged, false)))
        .isEqualTo("did not converge");
    assertThat(expected.differenceFrom(new LogisticTrainingBenchmark.Weights(List.of("(intercept)"), new double[1], true)))
        .startsWith("has the columns [(intercept)]");
  }

  @Test
  void crmkits_weights_are_refused_in_columns_that_lack_one_of_them() {
    LogisticRegressionModel model = benchmark.crmkit();
    List<String> withoutIndustry = benchmark.expected().columns().stream()
        .filter(c -> !c.equals("industry=Software")).toList();

    assertThatThrownBy(() -> LogisticTrainingBenchmark.Weights.of(model, withoutIndustry))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("crmkit weighs industry=Software by");
  }

  @Test
  void a_check_before_any_fit_passes() {
    LogisticTrainingBenchmark fresh = new LogisticTrainingBenchmark();
    fresh.leads = 500;
    fresh.makeLeadsAndFitBoth();

    fresh.checkFit();

    assertThat(fresh.dataset().size()).isEqualTo(500);
  }

  @Test
  void the_sample_leads_are_the_same_for_the_same_seed_and_have_fifty_features() {
    Dataset first = SampleTrainingLeads.make(7, 1_000);
    Dataset again = SampleTrainingLeads.make(7, 1_000);
    Dataset other = SampleTrainingLeads.make(8, 1_000);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(first.features()).hasSize(50);
    assertThat(first.features().stream().filter(f -> f instanceof NumericFeature)).hasSize(40);
    assertThat(first.features().stream().filter(f -> f instanceof CategoricalFeature)).hasSize(10);
  }

  @Test
  void about_one_sample_lead_in_four_is_won_and_some_values_are_missing() {
    Dataset leads = benchmark.dataset();
    int npsColumn = leads.indexOf("npsResponse").orElseThrow();
    int missingNps = 0;
    for (int row = 0; row < leads.size(); row++) {
      missingNps += Double.isNaN(leads.number(npsColumn, row)) ? 1 : 0;
    }

    assertThat((double) leads.wonCount() / leads.size()).isBetween(0.18, 0.35);
    assertThat((double) missingNps / leads.size()).as("70% without an NPS answer").isBetween(0.65, 0.75);
  }

  @Test
  void sample_leads_are_refused_below_one() {
    assertThatThrownBy(() -> SampleTrainingLeads.make(1, 0))
        .isInstanceOf(CrmValidationException.class)
        .hasMessageContaining("leads");
  }

  private static double weight(LogisticTrainingBenchmark.Weights fit, String column) {
    return fit.weights()[fit.columns().indexOf(column)];
  }
}
