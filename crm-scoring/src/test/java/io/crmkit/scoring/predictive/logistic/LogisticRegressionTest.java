package io.crmkit.scoring.predictive.logistic;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.scoring.predictive.fixtures.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.LeadFacts;
import io.crmkit.scoring.predictive.Factor;
import io.crmkit.scoring.predictive.Prediction;
import io.crmkit.scoring.predictive.fixtures.SyntheticLeads;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  @Test
  void the_fit_converges_in_a_few_newton_steps_and_says_so() {
    Dataset leads = SyntheticLeads.fromLogisticModel(7, 2_000, -1.0, 0.8, -0.5);

    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().train(leads);

    assertThat(model.convergence().converged()).isTrue();
    assertThat(model.convergence().iterations()).isBetween(3, 15);
    assertThat(model.convergence().lastStep()).isLessThan(LogisticRegressionTrainer.DEFAULT_TOLERANCE);
    assertThat(model.convergence().explanation()).startsWith("converged in " + model.convergence().iterations() + " Newton steps");
    assertThat(model.convergence().penalisedLogLikelihood()).isNegative();
  }

  @Test
  void weights_are_per_standard_deviation_and_per_unit_on_the_feature_s_own_scale() {
    Dataset leads = SyntheticLeads.fromLogisticModel(11, 20_000, 0.5, 0.8);

    NumericTerm x1 = LogisticRegressionTrainer.defaults().train(leads).numericTerm("x1").orElseThrow();

    assertThat(x1.mean()).isCloseTo(1.0, within(0.05));
    assertThat(x1.standardDeviation()).isCloseTo(1.5, within(0.05));
    assertThat(x1.weightPerUnit()).isCloseTo(0.8, within(0.1));
    assertThat(x1.weight()).isCloseTo(x1.weightPerUnit() * x1.standardDeviation(), within(1e-12));
    assertThat(x1.push(x1.mean())).isZero();
  }

  @Test
  void without_a_penalty_a_feature_that_separates_the_outcomes_perfectly_does_not_converge_and_the_fit_says_why() {
    Dataset separable = Dataset.of(List.of(
        number("x", -2).lost(), number("x", -1).lost(), number("x", 1).won(), number("x", 2).won()));

    LogisticRegressionModel unpenalised = LogisticRegressionTrainer.defaults().withL2Penalty(0).withMaxIterations(50).train(separable);
    LogisticRegressionModel penalised = LogisticRegressionTrainer.defaults().train(separable);

    assertThat(unpenalised.convergence().converged()).isFalse();
    assertThat(unpenalised.convergence().explanation()).contains("separates won from lost leads perfectly");
    assertThat(penalised.convergence().converged()).isTrue();
    assertThat(penalised.numericTerm("x").orElseThrow().weight()).isPositive();
  }

  @Test
  void without_a_penalty_one_hot_categories_are_collinear_with_the_intercept_and_the_fit_says_so() {
    Dataset leads = Dataset.of(List.of(
        lead("source", "Web").won(), lead("source", "Web").lost(), lead("source", "Ads").lost(), lead("source", "Ads").won()));

    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().withL2Penalty(0).train(leads);

    assertThat(model.convergence().converged()).isFalse();
    assertThat(model.convergence().explanation()).contains("collinear");
  }

  @Test
  void every_category_gets_a_weight_and_a_blank_gets_one_when_training_had_blanks() {
    // given Reference converts, Olark Chat does not, and blanks mostly do not
    List<ClosedLead> closed = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      closed.add(i % 4 == 0 ? lead("source", "Reference").lost() : lead("source", "Reference").won());
      closed.add(i % 4 == 0 ? lead("source", "Olark Chat").won() : lead("source", "Olark Chat").lost());
      closed.add(i % 8 == 0 ? lead().won() : lead().lost());
    }

    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().train(Dataset.of(closed));

    CategoricalTerm source = model.categoricalTerm("source").orElseThrow();
    assertThat(source.levelWeights()).containsOnlyKeys("Reference", "Olark Chat");
    assertThat(source.push("Reference")).isPositive();
    assertThat(source.push("Olark Chat")).isNegative();
    assertThat(source.push("Trade fair")).isZero();
    assertThat(source.missingWeight()).isNegative();
    Prediction blank = model.predict(LeadFacts.none());
    assertThat(blank.factors()).containsExactly(new Factor("source", "missing", source.missingWeight()));
    assertThat(model.predict(lead("source", "Trade fair").facts()).factors()).isEmpty();
  }

  @Test
  void the_factors_are_the_pushes_of_the_lead_s_values() {
    Dataset leads = SyntheticLeads.fromLogisticModel(3, 5_000, 0.0, 1.0, -1.0);
    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().train(leads);
    LeadFacts lead = LeadFacts.builder().set("x1", 4.0).set("x2", 6.0).build();

    Prediction prediction = model.predict(lead);

    double x1 = model.numericTerm("x1").orElseThrow().push(4.0);
    double x2 = model.numericTerm("x2").orElseThrow().push(6.0);
    assertThat(prediction.pushingUp(1)).containsExactly(new Factor("x1", "4", x1));
    assertThat(prediction.pushingDown(1)).containsExactly(new Factor("x2", "6", x2));
    assertThat(prediction.probability()).isCloseTo(1 / (1 + Math.exp(-(model.intercept() + x1 + x2))), within(1e-12));
  }

  @Test
  void a_feature_that_never_varied_has_no_weight() {
    Dataset leads = Dataset.of(List.of(
        number("constant", 5).won(), number("constant", 5).lost(), number("constant", 5).lost()));

    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().train(leads);

    assertThat(model.numericTerm("constant").orElseThrow().standardDeviation()).isZero();
    assertThat(model.numericTerm("constant").orElseThrow().weight()).isZero();
    assertThat(model.predict(number("constant", 99).facts()).probability()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void an_unknown_feature_or_a_value_of_the_wrong_kind_at_prediction_is_refused() {
    Dataset leads = Dataset.of(List.of(
        ClosedLead.won(LeadFacts.builder().set("visits", 9).set("source", "Web").build()),
        ClosedLead.lost(LeadFacts.builder().set("visits", 1).set("source", "Ads").build())));
    LogisticRegressionModel model = LogisticRegressionTrainer.defaults().train(leads);

    assertRejected("lead.country", "unknown-feature", () -> model.predict(lead("country", "BE").facts()));
    assertRejected("lead.visits", "not-a-number", () -> model.predict(lead("visits", "many").facts()));
    assertRejected("lead.source", "not-a-category", () -> model.predict(LeadFacts.builder().set("source", 3).build()));
  }

  @Test
  void training_on_one_outcome_only_is_refused() {
    Dataset allLost = Dataset.of(List.of(number("x", 1).lost(), number("x", 2).lost()));

    assertRejected("training.outcomes", "single-class", () -> LogisticRegressionTrainer.defaults().train(allLost));
  }

  @Test
  void trainer_settings_are_checked() {
    assertRejected("trainer.l2Penalty", "range", () -> LogisticRegressionTrainer.defaults().withL2Penalty(-1));
    assertRejected("trainer.l2Penalty", "range", () -> LogisticRegressionTrainer.defaults().withL2Penalty(Double.NaN));
    assertRejected("trainer.maxIterations", "range", () -> LogisticRegressionTrainer.defaults().withMaxIterations(0));
    assertRejected("trainer.tolerance", "range", () -> LogisticRegressionTrainer.defaults().withTolerance(0));
  }

  @Test
  void a_stronger_penalty_shrinks_the_weights() {
    Dataset leads = SyntheticLeads.fromLogisticModel(5, 500, 0.0, 1.0);

    double light = LogisticRegressionTrainer.defaults().withL2Penalty(0.1).train(leads).numericTerm("x1").orElseThrow().weight();
    double heavy = LogisticRegressionTrainer.defaults().withL2Penalty(500).train(leads).numericTerm("x1").orElseThrow().weight();

    assertThat(Math.abs(heavy)).isLessThan(Math.abs(light) / 2);
  }

  private static NumberLead number(String feature, double value) {
    return new NumberLead(LeadFacts.builder().set(feature, value).build());
  }

  private record NumberLead(LeadFacts facts) {
    ClosedLead won() {
      return ClosedLead.won(facts);
    }

    ClosedLead lost() {
      return ClosedLead.lost(facts);
    }
  }
}
