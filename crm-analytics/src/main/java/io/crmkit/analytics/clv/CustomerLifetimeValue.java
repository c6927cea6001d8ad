package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;

/**
 * The discounted value of a customer's expected purchases over a horizon, from a non-contractual
 * model and an expected spend per purchase.
 *
 * <p>The horizon is cut into whole periods of the model's unit; the purchases expected in period
 * {@code i} (the conditional expectation at {@code i} minus that at {@code i - 1}) are discounted by
 * {@code (1 + rate)^-i}: {@code CLV = spend x sum over i = 1..H of (E[Y(i)] - E[Y(i-1)]) / (1 +
 * rate)^i}. Model, history, horizon and rate must share one unit; nothing is converted. For profit
 * rather than revenue, pass the margin times the spend.
 */
public final class CustomerLifetimeValue {
  private CustomerLifetimeValue() {}

  /**
   * The discounted value, in the spend's currency.
   *
   * @param model the fitted purchase model
   * @param history the customer's history, in the model's unit
   * @param spendPerPurchase the expected spend per purchase (for example a Gamma-Gamma expectation),
   *     finite
   * @param horizon how far ahead, a whole number of the model's periods
   * @param rate the discount rate per period of the model's unit
   * @throws CrmValidationException when a unit differs from the model's ({@code <part>.unit}, rule
   *     {@code sameUnit}), the horizon is not a whole number of periods ({@code horizon.length}, rule
   *     {@code wholePeriods}) or the spend not finite ({@code spendPerPurchase}, rule {@code finite})
   */
  public static double discounted(
      RepeatPurchaseModel model, PurchaseHistory history, double spendPerPurchase, TimeSpan horizon,
      DiscountRate rate) {
    CrmValidationException.required("model", model);
    CrmValidationException.required("history", history);
    CrmValidationException.required("horizon", horizon);
    CrmValidationException.required("discountRate", rate);
    ModelTimeUnit unit = model.unit();
    Units.requireSame("history", unit, history.unit());
    double length = horizon.lengthIn(unit, "horizon");
    Units.requireSame("discountRate", unit, rate.unit());
    if (length != Math.rint(length) || length > 1_000_000) {
      throw CrmValidationException.of("horizon.length", "wholePeriods", length,
          "the horizon is discounted period by period: give a whole number of " + unit.label() + "s");
    }
    if (!Double.isFinite(spendPerPurchase)) {
      throw CrmValidationException.of("spendPerPurchase", "finite", spendPerPurchase, "a finite spend per purchase");
    }
    double value = 0.0;
    double before = 0.0;
    for (int period = 1; period <= (int) length; period++) {
      double upTo = model.expectedPurchases(history, TimeSpan.of(period, unit));
      value += (upTo - before) * rate.factor(period);
      before = upTo;
    }
    return spendPerPurchase * value;
  }
}
