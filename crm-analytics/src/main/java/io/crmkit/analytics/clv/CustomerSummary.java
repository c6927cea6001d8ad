package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;

/**
 * One customer's summary: the purchase history and the mean spend of the repeat purchases.
 *
 * @param customerId the customer's id, not blank (stripped)
 * @param history repeat purchases, recency and age
 * @param meanRepeatSpend the mean amount per repeat purchase day, in the transactions' currency;
 *     finite, and 0 by convention when there are no repeat purchases
 */
public record CustomerSummary(String customerId, PurchaseHistory history, double meanRepeatSpend) {
  /**
   * Checks the parts.
   *
   * @throws CrmValidationException when the id is blank ({@code customerSummary.customerId}), the
   *     history missing or the spend not finite ({@code customerSummary.meanRepeatSpend}, rule {@code
   *     finite})
   */
  public CustomerSummary {
    customerId = CrmValidationException.requiredText("customerSummary.customerId", customerId);
    CrmValidationException.required("customerSummary.history", history);
    if (!Double.isFinite(meanRepeatSpend)) {
      throw CrmValidationException.of("customerSummary.meanRepeatSpend", "finite", meanRepeatSpend,
          "the mean repeat spend must be a finite number");
    }
  }
}
