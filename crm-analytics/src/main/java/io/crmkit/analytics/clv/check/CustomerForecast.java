package io.crmkit.analytics.clv.check;

import io.crmkit.core.CrmValidationException;

/**
 * A customer's predicted and actual repeat purchases in the holdout.
 *
 * @param customerId the customer
 * @param predicted the model's conditional expectation over the holdout
 * @param actual the repeat purchases (distinct days) made in the holdout
 */
public record CustomerForecast(String customerId, double predicted, int actual) {
  /** Checks the parts. */
  public CustomerForecast {
    customerId = CrmValidationException.requiredText("customerForecast.customerId", customerId);
  }

  /** {@code predicted - actual}. */
  public double error() {
    return predicted - actual;
  }
}
