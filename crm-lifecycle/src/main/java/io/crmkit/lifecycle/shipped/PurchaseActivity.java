package io.crmkit.lifecycle.shipped;

import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the exit criteria of the {@link B2cCustomerLifecycle B2C customer lifecycle} read about a
 * customer: their purchases as they stand at an instant. The criteria get nothing but this record,
 * so it carries the instant it describes: a move by purchase is made at the purchase, a move by
 * the passage of time at the instant the period ran out.
 *
 * @param purchases how many purchases the customer made up to {@code asOf}; 0 or more
 * @param lastPurchaseAt the latest of them; present exactly when there is one
 * @param asOf the instant described, never before the last purchase
 */
public record PurchaseActivity(int purchases, Optional<Instant> lastPurchaseAt, Instant asOf) {
  /**
   * Checks the record.
   *
   * @throws CrmValidationException field {@code purchaseActivity.purchases}, rule {@code range}
   *     when negative; field {@code purchaseActivity.lastPurchaseAt}, rule {@code required} when
   *     there are purchases but no last one, {@code forbidden} for a last purchase without
   *     purchases, {@code order} when after {@code asOf}
   */
  public PurchaseActivity {
    CrmValidationException.required("purchaseActivity.lastPurchaseAt", lastPurchaseAt);
    CrmValidationException.required("purchaseActivity.asOf", asOf);
    if (purchases < 0) {
      throw CrmValidationException.of("purchaseActivity.purchases", "range", purchases, "a count is 0 or more");
    }
    if (purchases > 0 && lastPurchaseAt.isEmpty()) {
      throw CrmValidationException.of(
          "purchaseActivity.lastPurchaseAt", "required", null, "a customer with purchases has a last purchase");
    }
    if (purchases == 0 && lastPurchaseAt.isPresent()) {
      throw CrmValidationException.of(
          "purchaseActivity.lastPurchaseAt", "forbidden", lastPurchaseAt.get(), "a customer without purchases has no last purchase");
    }
    if (lastPurchaseAt.isPresent() && lastPurchaseAt.get().isAfter(asOf)) {
      throw CrmValidationException.of(
          "purchaseActivity.lastPurchaseAt", "order", lastPurchaseAt.get(), "the last purchase is not after " + asOf);
    }
  }

  /** A customer who has bought nothing, at an instant. */
  public static PurchaseActivity none(Instant asOf) {
    return new PurchaseActivity(0, Optional.empty(), asOf);
  }

  /** A customer's purchases at an instant: how many, and the last. */
  public static PurchaseActivity of(int purchases, Instant lastPurchaseAt, Instant asOf) {
    return new PurchaseActivity(purchases, Optional.of(CrmValidationException.required("lastPurchaseAt", lastPurchaseAt)), asOf);
  }

  /** This customer after one more purchase at {@code at}, described at that instant. */
  public PurchaseActivity withPurchaseAt(Instant at) {
    return new PurchaseActivity(purchases + 1, Optional.of(CrmValidationException.required("at", at)), at);
  }

  /** This customer's purchases described at another instant. */
  public PurchaseActivity at(Instant instant) {
    return new PurchaseActivity(purchases, lastPurchaseAt, instant);
  }
}
