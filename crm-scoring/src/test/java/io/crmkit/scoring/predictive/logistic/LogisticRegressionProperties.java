package io.crmkit.scoring.predictive.logistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.predictive.fixtures.SyntheticLeads;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class LogisticRegressionProperties {

  /**
   * On 20,000 leads drawn from known weights, the fitted weights per unit are within 0.1 of them
   * (about ten standard errors) and the intercept within 0.25. The intercept is set so that about
   * half the leads convert at the features' means, which keeps both outcomes plentiful.
   */
  @Property(tries = 8)
  void on_a_large_sample_the_fit_recovers_the_weights_the_leads_were_drawn_from(
      @ForAll @DoubleRange(min = -1.0, max = 1.0) double b1,
      @ForAll @DoubleRange(min = -1.0, max = 1.0) double b2,
      @ForAll @DoubleRange(min = -1.0, max = 1.0) double b3,
      @ForAll @DoubleRange(min = -1.0, max = 1.0) double offset,
      @ForAll long seed) {
    double intercept = offset - (b1 * 1 + b2 * 2 + b3 * 3);
    Dataset leads = SyntheticLeads.fromLogisticModel(seed, 20_000, intercept, b1, b2, b3);

    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().train(leads);

    assertThat(model.convergence().converged()).isTrue();
    assertThat(model.numericTerm("x1").orElseThrow().weightPerUnit()).isCloseTo(b1, within(0.1));
    assertThat(model.numericTerm("x2").orElseThrow().weightPerUnit()).isCloseTo(b2, within(0.1));
    assertThat(model.numericTerm("x3").orElseThrow().weightPerUnit()).isCloseTo(b3, within(0.1));
    assertThat(model.interceptPerUnit()).isCloseTo(intercept, within(0.25));
  }

  @Property(tries = 30)
  void probabilities_are_between_0_and_1_and_a_dataset_is_scored_as_each_lead_alone(
      @ForAll @IntRange(min = 10, max = 300) int size,
      @ForAll @DoubleRange(min = -3.0, max = 3.0) double b1,
      @ForAll @DoubleRange(min = -3.0, max = 3.0) double b2,
      @ForAll long seed) {
    Dataset leads = SyntheticLeads.fromLogisticModel(seed, size, 0.0, b1, b2);
    Assume.that(leads.wonCount() > 0 && leads.lostCount() > 0);
    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().train(leads);

    double[] probabilities = model.probabilities(leads);

    for (int row = 0; row < leads.size(); row++) {
      assertThat(probabilities[row]).isBetween(0.0, 1.0);
      assertThat(probabilities[row]).isCloseTo(model.predict(leads.facts(row)).probability(), within(1e-12));
    }
  }
}
