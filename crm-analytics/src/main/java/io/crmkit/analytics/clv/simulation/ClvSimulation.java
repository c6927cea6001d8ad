package io.crmkit.analytics.clv.simulation;

import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.bgbb.BgBbModel;
import io.crmkit.analytics.clv.bgbb.OpportunityData;
import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.bgnbd.MbgNbdModel;
import io.crmkit.analytics.clv.pnbd.ParetoNbdModel;
import io.crmkit.analytics.clv.sbg.RetentionCohort;
import io.crmkit.analytics.clv.sbg.ShiftedBetaGeometricModel;
import io.crmkit.analytics.clv.spend.GammaGammaModel;
import io.crmkit.core.CrmValidationException;

/**
 * Customers drawn from known model parameters, seeded so that a run can be repeated: for checking
 * that a fit recovers what generated the data, and for benchmarks. Customer ids are {@code C1},
 * {@code C2}, ...; mean repeat spend is 0 (draw it with {@link #withSpend}).
 */
public final class ClvSimulation {
  private ClvSimulation() {}

  /**
   * Customers of a BG/NBD model observed for the given ages (one customer per age).
   *
   * @param roundToDays whether to round purchase times down to whole days of the unit (so that
   *     customers share histories and compress), as summaries from transactions do
   */
  public static CustomerSummaries bgNbd(BgNbdModel model, double[] ages, long seed, boolean roundToDays) {
    CrmValidationException.required("model", model);
    return purchases(model.unit(), ages, seed, roundToDays, (variates, age, out) -> {
      double lambda = variates.gamma(model.r(), model.alpha());
      double p = variates.beta(model.a(), model.b());
      double t = 0.0;
      while (true) {
        t += variates.exponential(lambda);
        if (t > age) {
          return;
        }
        out.purchase(t);
        if (variates.chance(p)) {
          return;
        }
      }
    });
  }

  /** Customers of an MBG/NBD model (who may also leave at the first purchase). */
  public static CustomerSummaries mbgNbd(MbgNbdModel model, double[] ages, long seed, boolean roundToDays) {
    CrmValidationException.required("model", model);
    return purchases(model.unit(), ages, seed, roundToDays, (variates, age, out) -> {
      double lambda = variates.gamma(model.r(), model.alpha());
      double p = variates.beta(model.a(), model.b());
      if (variates.chance(p)) {
        return;
      }
      double t = 0.0;
      while (true) {
        t += variates.exponential(lambda);
        if (t > age) {
          return;
        }
        out.purchase(t);
        if (variates.chance(p)) {
          return;
        }
      }
    });
  }

  /** Customers of a Pareto/NBD model. */
  public static CustomerSummaries paretoNbd(ParetoNbdModel model, double[] ages, long seed, boolean roundToDays) {
    CrmValidationException.required("model", model);
    return purchases(model.unit(), ages, seed, roundToDays, (variates, age, out) -> {
      double lambda = variates.gamma(model.r(), model.alpha());
      double mu = variates.gamma(model.s(), model.beta());
      double end = Math.min(age, variates.exponential(mu));
      double t = 0.0;
      while (true) {
        t += variates.exponential(lambda);
        if (t > end) {
          return;
        }
        out.purchase(t);
      }
    });
  }

  /**
   * The customers of {@code summaries} with a mean repeat spend drawn from a Gamma-Gamma model for
   * each repeat buyer (others keep 0).
   */
  public static CustomerSummaries withSpend(CustomerSummaries summaries, GammaGammaModel model, long seed) {
    CrmValidationException.required("summaries", summaries);
    CrmValidationException.required("model", model);
    Variates variates = new Variates(seed);
    CustomerSummaries.Builder builder = CustomerSummaries.builder(summaries.unit());
    for (int row = 0; row < summaries.size(); row++) {
      int x = summaries.repeatPurchases(row);
      double spend = 0.0;
      if (x > 0) {
        double nu = variates.gamma(model.q(), model.gamma());
        spend = variates.gamma(model.p() * x, nu * x);
      }
      builder.add(summaries.customerId(row), x, summaries.recency(row), summaries.age(row), spend);
    }
    return builder.build();
  }

  /** Customers of a BG/BB model, each with {@code opportunities} opportunities, as grouped data. */
  public static OpportunityData bgBb(BgBbModel model, int customers, int opportunities, long seed) {
    CrmValidationException.required("model", model);
    Variates variates = new Variates(seed);
    OpportunityData.Builder builder = OpportunityData.builder(true);
    for (int c = 0; c < customers; c++) {
      double p = variates.beta(model.alpha(), model.beta());
      double theta = variates.beta(model.gamma(), model.delta());
      int x = 0;
      int tx = 0;
      for (int t = 1; t <= opportunities; t++) {
        if (variates.chance(theta)) {
          break;
        }
        if (variates.chance(p)) {
          x++;
          tx = t;
        }
      }
      builder.add(x, tx, opportunities, 1);
    }
    return builder.build();
  }

  /** A cohort of a shifted-beta-geometric model observed for {@code periods} periods. */
  public static RetentionCohort shiftedBetaGeometric(
      ShiftedBetaGeometricModel model, int customers, int periods, long seed) {
    CrmValidationException.required("model", model);
    Variates variates = new Variates(seed);
    int[] periodsActive = new int[customers];
    for (int c = 0; c < customers; c++) {
      double theta = variates.beta(model.alpha(), model.beta());
      int t = 1;
      while (t <= periods && !variates.chance(theta)) {
        t++;
      }
      periodsActive[c] = t;
    }
    return RetentionCohort.ofCustomers(model.unit(), periods, periodsActive);
  }

  private interface Customer {
    void simulate(Variates variates, double age, Purchases out);
  }

  private static final class Purchases {
    int count;
    double last;

    void purchase(double t) {
      count++;
      last = t;
    }
  }

  private static CustomerSummaries purchases(
      ModelTimeUnit unit, double[] ages, long seed, boolean roundToDays, Customer customer) {
    CrmValidationException.required("ages", ages);
    Variates variates = new Variates(seed);
    CustomerSummaries.Builder builder = CustomerSummaries.builder(unit);
    Purchases out = new Purchases();
    for (int c = 0; c < ages.length; c++) {
      out.count = 0;
      out.last = 0.0;
      customer.simulate(variates, ages[c], out);
      double recency = out.last;
      if (roundToDays && out.count > 0) {
        recency = unit.fromDays(Math.floor(recency * unit.days()));
        recency = Math.min(recency, ages[c]);
      }
      builder.add("C" + (c + 1), out.count, out.count == 0 ? 0.0 : recency, ages[c], 0.0);
    }
    return builder.build();
  }
}
