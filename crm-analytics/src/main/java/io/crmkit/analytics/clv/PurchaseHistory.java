package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;

/**
 * What a non-contractual model knows of a customer: repeat purchases, recency and age, in one unit.
 *
 * <p>Time starts at the customer's first purchase, which is not counted. Purchases on the same day
 * count once when the history is made from transactions.
 *
 * @param repeatPurchases {@code x}: purchases after the first, 0 or more
 * @param recency {@code t_x}: the time of the last purchase since the first, 0 when {@code x = 0}
 * @param age {@code T}: the time from the first purchase to the end of the observation, at least
 *     {@code t_x}
 * @param unit the unit of recency and age
 */
public record PurchaseHistory(int repeatPurchases, double recency, double age, ModelTimeUnit unit) {
  /**
   * Checks the parts.
   *
   * @throws CrmValidationException naming {@code purchaseHistory.<part>}: rule {@code nonNegative} for
   *     negative repeat purchases, recency or age, {@code finite} for non-finite times, {@code
   *     notAfterAge} for a recency after the age, {@code zeroWithoutRepeats} for a recency above 0
   *     without repeat purchases
   */
  public PurchaseHistory {
    check("purchaseHistory", repeatPurchases, recency, age);
    CrmValidationException.required("purchaseHistory.unit", unit);
  }

  /** A history of {@code x} repeat purchases, the last at {@code t_x}, observed for {@code T}. */
  public static PurchaseHistory of(int repeatPurchases, double recency, double age, ModelTimeUnit unit) {
    return new PurchaseHistory(repeatPurchases, recency, age, unit);
  }

  /** The history of a customer who made a first purchase only, {@code age} ago. */
  public static PurchaseHistory firstPurchaseOnly(double age, ModelTimeUnit unit) {
    return new PurchaseHistory(0, 0.0, age, unit);
  }

  /**
   * Checks one history's numbers, naming {@code <prefix>.<part>} and, when {@code index >= 0}, {@code
   * "<label> <index>: "} in the detail; the text is built only for a refusal.
   *
   * @throws CrmValidationException as the constructor
   */
  static void check(String prefix, double repeatPurchases, double recency, double age, String label, int index) {
    if (!(repeatPurchases >= 0)) {
      throw CrmValidationException.of(prefix + ".repeatPurchases", "nonNegative", repeatPurchases,
          where(label, index) + "x, the repeat purchases, must be 0 or more");
    }
    if (!Double.isFinite(recency)) {
      throw CrmValidationException.of(prefix + ".recency", "finite", recency,
          where(label, index) + "t_x must be a finite number");
    }
    if (!Double.isFinite(age)) {
      throw CrmValidationException.of(prefix + ".age", "finite", age, where(label, index) + "T must be a finite number");
    }
    if (recency < 0) {
      throw CrmValidationException.of(prefix + ".recency", "nonNegative", recency,
          where(label, index) + "t_x must be 0 or more");
    }
    if (recency > age) {
      throw CrmValidationException.of(prefix + ".recency", "notAfterAge", recency, where(label, index) + "t_x ("
          + recency + ") must not exceed T (" + age + "): the last purchase falls in the observation");
    }
    if (repeatPurchases == 0 && recency != 0) {
      throw CrmValidationException.of(prefix + ".recency", "zeroWithoutRepeats", recency,
          where(label, index) + "t_x must be 0 when x = 0: without repeat purchases the last purchase is the first");
    }
  }

  private static String where(String label, int index) {
    return index < 0 ? "" : label + " " + index + ": ";
  }

  private static void check(String prefix, int repeatPurchases, double recency, double age) {
    check(prefix, repeatPurchases, recency, age, "", -1);
  }
}
