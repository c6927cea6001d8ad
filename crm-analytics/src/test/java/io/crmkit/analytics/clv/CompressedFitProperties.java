package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.pnbd.ParetoNbdModel;
import io.crmkit.analytics.clv.simulation.ClvSimulation;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A fit on customers grouped by identical history equals the fit on one row per customer. */
class CompressedFitProperties {

  @Property(tries = 3)
  void bg_nbd_fits_groups_and_customers_alike(@ForAll long seed) {
    CustomerSummaries customers = ClvSimulation.bgNbd(new BgNbdModel(0.3, 5, 0.8, 2.5, ModelTimeUnit.WEEK),
        ages(3_000, seed), seed, true);
    PurchaseGroups groups = customers.groups();

    FitResult<BgNbdModel> onCustomers = BgNbdModel.fit(customers);
    FitResult<BgNbdModel> onGroups = BgNbdModel.fit(groups);

    assertThat(groups.customerCount()).isEqualTo(customers.size());
    same(onCustomers, onGroups);
    assertThat(onCustomers.orElseThrow().logLikelihood(groups))
        .isCloseTo(onCustomers.orElseThrow().logLikelihood(customers), within(1e-8));
  }

  @Property(tries = 2)
  void pareto_nbd_fits_groups_and_customers_alike(@ForAll long seed) {
    paretoNbdFitsAlike(seed);
  }

  /** A history found by the property once, on which s and beta have standard errors of 72 and 2,799. */
  @Example
  void pareto_nbd_fits_groups_and_customers_alike_where_s_and_beta_are_barely_identified() {
    paretoNbdFitsAlike(-9725);
  }

  private static void paretoNbdFitsAlike(long seed) {
    CustomerSummaries customers = ClvSimulation.paretoNbd(new ParetoNbdModel(0.5, 10, 0.6, 12, ModelTimeUnit.WEEK),
        ages(2_000, seed), seed, true);

    same(ParetoNbdModel.fit(customers), ParetoNbdModel.fit(customers.groups()));
  }

  /**
   * Both fits reach the same maximum: equal log-likelihoods, and each parameter equal within
   * 1e-5 of its value or a thousandth of its standard error, whichever is larger. A parameter the
   * data barely identify (Pareto/NBD's s and beta on two years of simulated customers can have a
   * standard error seven times the estimate) lies on a flat ridge of the likelihood, where the
   * optimiser stops at a point fixed only to a small fraction of its standard error.
   */
  private static void same(FitResult<? extends RepeatPurchaseModel> a, FitResult<? extends RepeatPurchaseModel> b) {
    assertThat(a.isConverged()).isEqualTo(b.isConverged());
    if (!a.isConverged()) {
      return;
    }
    Map<String, Double> second = b.orElseThrow().parameters();
    for (ParameterEstimate first : a.convergedFit().orElseThrow().parameters()) {
      double error = Double.isFinite(first.standardError()) ? first.standardError() : 0;
      double tolerance = Math.max(1e-5 * Math.abs(first.estimate()), 1e-3 * error);
      assertThat(second.get(first.name())).as(first.name()).isCloseTo(first.estimate(), within(tolerance));
    }
    assertThat(a.convergedFit().orElseThrow().logLikelihood())
        .isCloseTo(b.convergedFit().orElseThrow().logLikelihood(), within(1e-7));
  }

  private static double[] ages(int customers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] ages = new double[customers];
    for (int c = 0; c < customers; c++) {
      ages[c] = (182 + random.nextInt(91)) / 7.0;
    }
    return ages;
  }
}
