package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionModel;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionTrainer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the sample leads and the penalty, crmkit's logistic regression and the fit by hand reach
 * the same weights: the benchmark compares like with like.
 */
class LogisticFitsAgreeProperties {

  @Property(tries = 15)
  void crmkit_and_the_fit_by_hand_reach_the_same_weights(
      @ForAll long seed, @ForAll @IntRange(min = 800, max = 2_000) int leads,
      @ForAll @DoubleRange(min = 0.5, max = 20) double penalty) {
    Dataset dataset = SampleTrainingLeads.make(seed, leads);
    LogisticRegressionTrainer trainer = LogisticRegressionTrainer.defaults().withL2Penalty(penalty);

    LogisticTrainingBenchmark.Weights byHand = LogisticTrainingBenchmark.Weights.of(
        LogisticFitByHand.fit(dataset, penalty, trainer.maxIterations(), trainer.tolerance()));
    LogisticRegressionModel model = trainer.train(dataset);

    assertThat(byHand.differenceFrom(LogisticTrainingBenchmark.Weights.of(model, byHand.columns()))).isEmpty();
  }
}
