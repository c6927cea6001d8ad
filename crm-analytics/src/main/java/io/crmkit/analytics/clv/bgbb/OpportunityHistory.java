package io.crmkit.analytics.clv.bgbb;

import io.crmkit.core.CrmValidationException;

/**
 * What the BG/BB model knows of a customer with discrete purchase opportunities (a yearly
 * fund-raiser, a weekly event): transactions, recency and opportunities.
 *
 * @param transactions {@code x}: the opportunities at which the customer transacted, 0 or more
 * @param recency {@code t_x}: the number of the last opportunity with a transaction, 0 when {@code x
 *     = 0}, at least {@code x} otherwise
 * @param opportunities {@code n}: the opportunities so far, at least {@code t_x}
 */
public record OpportunityHistory(int transactions, int recency, int opportunities) {
  /**
   * Checks the parts.
   *
   * @throws CrmValidationException naming {@code opportunityHistory.<part>}: rule {@code nonNegative},
   *     {@code notAfterOpportunities} (t_x after n), {@code atLeastTransactions} (t_x below x) or {@code
   *     zeroWithoutTransactions}
   */
  public OpportunityHistory {
    check("opportunityHistory", transactions, recency, opportunities, "");
  }

  /** A history of {@code x} transactions, the last at opportunity {@code t_x}, of {@code n} opportunities. */
  public static OpportunityHistory of(int transactions, int recency, int opportunities) {
    return new OpportunityHistory(transactions, recency, opportunities);
  }

  static void check(String prefix, long x, long tx, long n, String where) {
    if (x < 0) {
      throw CrmValidationException.of(prefix + ".transactions", "nonNegative", x, where + "x must be 0 or more");
    }
    if (tx < 0) {
      throw CrmValidationException.of(prefix + ".recency", "nonNegative", tx, where + "t_x must be 0 or more");
    }
    if (tx > n) {
      throw CrmValidationException.of(prefix + ".recency", "notAfterOpportunities", tx,
          where + "t_x (" + tx + ") must not exceed n (" + n + ")");
    }
    if (x == 0 && tx != 0) {
      throw CrmValidationException.of(prefix + ".recency", "zeroWithoutTransactions", tx,
          where + "t_x must be 0 when x = 0");
    }
    if (x > tx) {
      throw CrmValidationException.of(prefix + ".recency", "atLeastTransactions", tx,
          where + "x transactions need at least x opportunities: t_x (" + tx + ") must be at least x (" + x + ")");
    }
  }
}
