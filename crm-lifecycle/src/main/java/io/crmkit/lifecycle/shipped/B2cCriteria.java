package io.crmkit.lifecycle.shipped;

import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The exit criteria of the B2C customer lifecycle; values, equal when their settings are. */
final class B2cCriteria {
  private B2cCriteria() {}

  /**
   * The customer made a purchase at the instant of the move.
   *
   * @param id the criterion's id
   */
  record PurchaseMade(CriterionId id) implements ExitCriterion<PurchaseActivity> {
    @Override
    public String description() {
      return "a purchase is made at the time of the move";
    }

    @Override
    public List<Violation> check(PurchaseActivity activity) {
      if (activity.lastPurchaseAt().isPresent() && activity.lastPurchaseAt().get().equals(activity.asOf())) {
        return List.of();
      }
      return List.of(Violation.of(
          B2cCustomerLifecycle.PURCHASE_MISSING, id, "no purchase is made at " + activity.asOf(), evidence(activity)));
    }
  }

  /**
   * The customer has bought nothing for a number of days.
   *
   * @param id the criterion's id
   * @param days the days without a purchase
   * @param becomes what the customer does after them, for messages: {@code lapses}, {@code churns}
   */
  record NoPurchaseFor(CriterionId id, int days, String becomes) implements ExitCriterion<PurchaseActivity> {
    @Override
    public String description() {
      return "no purchase for " + days + " days";
    }

    @Override
    public List<Violation> check(PurchaseActivity activity) {
      if (activity.lastPurchaseAt().isEmpty()) {
        return List.of(Violation.of(
            Violation.NOT_MET, id, "the customer has made no purchase to count from", evidence(activity)));
      }
      Instant last = activity.lastPurchaseAt().get();
      if (last.plus(Duration.ofDays(days)).isAfter(activity.asOf())) {
        long ago = Duration.between(last, activity.asOf()).toDays();
        return List.of(Violation.of(
            B2cCustomerLifecycle.RECENT_PURCHASE, id,
            "the last purchase was " + ago + (ago == 1 ? " day" : " days") + " ago; a customer " + becomes
                + " after " + days + " days without a purchase",
            evidence(activity)));
      }
      return List.of();
    }
  }

  private static List<String> evidence(PurchaseActivity activity) {
    return List.of(
        activity.lastPurchaseAt().map(at -> "last purchase = " + at).orElse("no purchases"),
        "as of = " + activity.asOf());
  }
}
