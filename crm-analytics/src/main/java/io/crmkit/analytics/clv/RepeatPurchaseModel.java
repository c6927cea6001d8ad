package io.crmkit.analytics.clv;

import java.util.Map;

/**
 * A fitted non-contractual "buy till you die" model in continuous time (BG/NBD, MBG/NBD,
 * Pareto/NBD): customers buy at their own rate while alive and leave unseen.
 *
 * <p>Every time is in {@link #unit()}; a history, horizon or rate in another unit is refused with
 * rule {@code sameUnit}, never converted.
 */
public interface RepeatPurchaseModel {
  /** The unit the model counts time in. */
  ModelTimeUnit unit();

  /** The parameters by name, in the literature's order. */
  Map<String, Double> parameters();

  /** The log-likelihood of one customer's history (natural logarithm). */
  double logLikelihood(PurchaseHistory history);

  /** The log-likelihood of all customers of {@code data} (each row weighted by its customers). */
  default double logLikelihood(PurchaseData data) {
    Units.requireSame("data", unit(), data.unit());
    double sum = 0.0;
    for (int row = 0; row < data.size(); row++) {
      sum += data.customers(row) * logLikelihood(data.history(row));
    }
    return sum;
  }

  /** The probability that a customer with this history is still a customer at the end of it, in [0, 1]. */
  double probabilityAlive(PurchaseHistory history);

  /**
   * The expected repeat purchases in the {@code horizon} after the end of a customer's history
   * (the conditional expectation).
   */
  double expectedPurchases(PurchaseHistory history, TimeSpan horizon);

  /**
   * The expected repeat purchases in the {@code horizon} after the first purchase, for a customer
   * drawn at random (the unconditional expectation, {@code E[X(t)]}).
   */
  double expectedPurchases(TimeSpan horizon);

  /**
   * The probability that a customer drawn at random makes exactly {@code n} repeat purchases in the
   * {@code horizon} after the first purchase, {@code P(X(t) = n)}.
   */
  double probabilityOfPurchases(int n, TimeSpan horizon);
}
