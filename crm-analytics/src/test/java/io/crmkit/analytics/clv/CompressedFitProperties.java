package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.pnbd.ParetoNbdModel;
import io.crmkit.analytics.clv.simulation.ClvSimulation;
import java.util.Map;
import java.util.SplittableRandom;
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
    CustomerSummaries customers = ClvSimulation.paretoNbd(new ParetoNbdModel(0.5, 10, 0.6, 12, ModelTimeUnit.WEEK),
        ages(2_000, seed), seed, true);

    same(ParetoNbdModel.fit(customers), ParetoNbdModel.fit(customers.groups()));
  }

  private static void same(FitResult<? extends RepeatPurchaseModel> a, FitResult<? extends RepeatPurchaseModel> b) {
    assertThat(a.isConverged()).isEqualTo(b.isConverged());
    if (!a.isConverged()) {
      return;
    }
    Map<String, Double> first = a.orElseThrow().parameters();
    Map<String, Double> second = b.orElseThrow().parameters();
    first.forEach((name, value) -> assertThat(second.get(name)).as(name).isCloseTo(value, within(1e-5 * value)));
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
