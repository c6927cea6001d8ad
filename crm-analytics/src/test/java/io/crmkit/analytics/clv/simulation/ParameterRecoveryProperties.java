package io.crmkit.analytics.clv.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelFit;
import io.crmkit.analytics.clv.ParameterEstimate;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.bgbb.BgBbModel;
import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.bgnbd.MbgNbdModel;
import io.crmkit.analytics.clv.pnbd.ParetoNbdModel;
import io.crmkit.analytics.clv.sbg.ShiftedBetaGeometricModel;
import io.crmkit.analytics.clv.spend.GammaGammaModel;
import io.crmkit.analytics.clv.spend.SpendData;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Fitting customers simulated from known parameters recovers them: every estimate within four of its
 * standard errors of the truth (a miss has odds of about 1 in 16,000 per parameter), on samples large
 * enough that the standard errors are small. The jqwik seed is fixed, so that the build does not
 * depend on luck: the three samples per model are the same on every run.
 */
class ParameterRecoveryProperties {
  private static final double STANDARD_ERRORS = 4.0;

  @Property(tries = 3, seed = "20051107")
  void bg_nbd_recovers_its_parameters(@ForAll long seed) {
    BgNbdModel truth = new BgNbdModel(0.25, 4.4, 0.8, 2.4, ModelTimeUnit.WEEK);

    CustomerSummaries customers = ClvSimulation.bgNbd(truth, ages(20_000, seed), seed, true);

    recovers(BgNbdModel.fit(customers.groups()), truth.parameters());
  }

  @Property(tries = 3, seed = "20051107")
  void mbg_nbd_recovers_its_parameters(@ForAll long seed) {
    MbgNbdModel truth = new MbgNbdModel(0.5, 6.2, 0.9, 1.6, ModelTimeUnit.WEEK);

    CustomerSummaries customers = ClvSimulation.mbgNbd(truth, ages(20_000, seed), seed, true);

    recovers(MbgNbdModel.fit(customers.groups()), truth.parameters());
  }

  @Property(tries = 3, seed = "20051107")
  void pareto_nbd_recovers_its_parameters(@ForAll long seed) {
    ParetoNbdModel truth = new ParetoNbdModel(0.55, 10.6, 0.6, 11.7, ModelTimeUnit.WEEK);

    CustomerSummaries customers = ClvSimulation.paretoNbd(truth, ages(20_000, seed), seed, true);

    recovers(ParetoNbdModel.fit(customers.groups()), truth.parameters());
  }

  @Property(tries = 3, seed = "20051107")
  void gamma_gamma_recovers_its_parameters(@ForAll long seed) {
    GammaGammaModel truth = new GammaGammaModel(6.25, 3.74, 15.44);
    BgNbdModel buyers = new BgNbdModel(1.5, 4.4, 0.8, 2.4, ModelTimeUnit.WEEK);

    CustomerSummaries customers = ClvSimulation.withSpend(ClvSimulation.bgNbd(buyers, ages(6_000, seed), seed, false),
        truth, seed + 1);

    recovers(GammaGammaModel.fit(SpendData.repeatBuyersOf(customers)), truth.parameters());
  }

  @Property(tries = 3, seed = "20051107")
  void bg_bb_recovers_its_parameters(@ForAll long seed) {
    BgBbModel truth = new BgBbModel(1.2, 0.75, 0.66, 2.78);

    recovers(BgBbModel.fit(ClvSimulation.bgBb(truth, 20_000, 6, seed)), truth.parameters());
  }

  @Property(tries = 3, seed = "20051107")
  void shifted_beta_geometric_recovers_its_parameters(@ForAll long seed) {
    ShiftedBetaGeometricModel truth = new ShiftedBetaGeometricModel(0.7, 1.2, ModelTimeUnit.YEAR);

    recovers(ShiftedBetaGeometricModel.fit(ClvSimulation.shiftedBetaGeometric(truth, 20_000, 7, seed)),
        truth.parameters());
  }

  /** Ages of whole days between 26 and 39 weeks, like CDNOW's first quarter of customers. */
  private static double[] ages(int customers, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    double[] ages = new double[customers];
    for (int c = 0; c < customers; c++) {
      ages[c] = (182 + random.nextInt(91)) / 7.0;
    }
    return ages;
  }

  private static void recovers(FitResult<?> result, Map<String, Double> truth) {
    ModelFit fit = result.convergedFit().orElseThrow(() -> new AssertionError("not converged: " + result));
    for (ParameterEstimate estimate : fit.parameters()) {
      double expected = truth.get(estimate.name());
      assertThat(Math.abs(estimate.estimate() - expected))
          .as("%s = %s (truth %s, standard error %s)", estimate.name(), estimate.estimate(), expected,
              estimate.standardError())
          .isLessThanOrEqualTo(STANDARD_ERRORS * estimate.standardError());
    }
  }
}
