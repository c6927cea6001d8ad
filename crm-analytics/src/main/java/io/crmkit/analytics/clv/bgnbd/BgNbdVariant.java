package io.crmkit.analytics.clv.bgnbd;

import io.crmkit.analytics.clv.FitOptions;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.PurchaseData;
import io.crmkit.analytics.clv.PurchaseHistory;
import io.crmkit.analytics.clv.RepeatPurchaseModel;
import io.crmkit.analytics.clv.TimeSpan;
import io.crmkit.analytics.clv.Units;
import io.crmkit.analytics.clv.internal.Fitting;
import io.crmkit.analytics.clv.internal.ModelParameters;
import io.crmkit.analytics.clv.internal.PurchaseColumns;
import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * What BG/NBD and MBG/NBD share: the same four parameters, checks, fit and likelihood, told apart
 * only by whether a customer may leave at the first purchase. The two models keep only their
 * expectations and probabilities.
 */
enum BgNbdVariant {
  /** BG/NBD: a customer leaves only after a repeat purchase. */
  BG_NBD("bgNbd"),
  /** MBG/NBD: a customer may also leave right at the first purchase. */
  MBG_NBD("mbgNbd");

  /** The parameters' names, in order. */
  static final List<String> PARAMETERS = List.of("r", "alpha", "a", "b");

  /** Makes a model of the variant from its parameters. */
  @FunctionalInterface
  interface Maker<M> {
    M of(double r, double alpha, double a, double b, ModelTimeUnit unit);
  }

  private final String field;

  BgNbdVariant(String field) {
    this.field = field;
  }

  /** Whether a customer may leave at the first purchase (the likelihood's modification). */
  private boolean modified() {
    return this == MBG_NBD;
  }

  /** Checks the parameters, naming {@code <variant>.<parameter>} for the first that is not above 0. */
  void check(double r, double alpha, double a, double b, ModelTimeUnit unit) {
    ModelParameters.requirePositive(field, PARAMETERS, r, alpha, a, b);
    CrmValidationException.required(field + ".unit", unit);
  }

  /** Fits the variant by maximum likelihood: over log-parameters, times divided by the largest age. */
  <M extends RepeatPurchaseModel> FitResult<M> fit(PurchaseData data, FitOptions options, Maker<M> maker) {
    ModelParameters.requireData(field, data);
    CrmValidationException.required("fitOptions", options);
    PurchaseColumns columns = PurchaseColumns.scaled(data);
    BgNbdLikelihood likelihood = new BgNbdLikelihood(columns, modified());
    return Fitting.fit(PARAMETERS, new double[] {1, 1, 1, 1}, new double[] {1, columns.scale, 1, 1},
        p -> likelihood.sum(p[0], p[1], p[2], p[3]), options,
        p -> maker.of(p[0], p[1], p[2], p[3], data.unit()),
        model -> model.logLikelihood(data), columns.customers);
  }

  /** One customer's log-likelihood; the history must be in {@code unit}. */
  double logLikelihood(double r, double alpha, double a, double b, ModelTimeUnit unit, PurchaseHistory history) {
    requireUnit(unit, history);
    return BgNbdLikelihood.single(
        r, alpha, a, b, modified(), history.repeatPurchases(), history.recency(), history.age());
  }

  /** The summed, weighted log-likelihood of the data; the data must be in {@code unit}. */
  double logLikelihood(double r, double alpha, double a, double b, ModelTimeUnit unit, PurchaseData data) {
    Units.requireSame("data", unit, data.unit());
    return new BgNbdLikelihood(PurchaseColumns.unscaled(data), modified()).sum(r, alpha, a, b);
  }

  /** Refuses a missing history or one in another unit than {@code unit}. */
  static void requireUnit(ModelTimeUnit unit, PurchaseHistory history) {
    CrmValidationException.required("history", history);
    Units.requireSame("history", unit, history.unit());
  }

  /** The horizon's length in {@code unit}, refusing a missing horizon. */
  static double length(ModelTimeUnit unit, TimeSpan horizon) {
    return CrmValidationException.required("horizon", horizon).lengthIn(unit, "horizon");
  }
}
