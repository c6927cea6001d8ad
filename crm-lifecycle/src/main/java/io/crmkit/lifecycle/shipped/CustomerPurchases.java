package io.crmkit.lifecycle.shipped;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.ContactId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A B2C customer and the instants of their purchases, as the {@link B2cCustomerEvaluator} takes
 * them.
 *
 * @param customer the customer's contact
 * @param subscribedAt when the customer entered the lifecycle as a subscriber; a customer who
 *     bought before subscribing enters at the first purchase
 * @param purchases the instants of the purchases, in any order, repeats allowed (two purchases at
 *     one instant count twice)
 */
public record CustomerPurchases(ContactId customer, Instant subscribedAt, List<Instant> purchases) {
  /**
   * Checks and copies.
   *
   * @throws CrmValidationException rule {@code required} for a missing part or purchase
   *     ({@code customerPurchases.purchases[3]})
   */
  public CustomerPurchases {
    CrmValidationException.required("customerPurchases.customer", customer);
    CrmValidationException.required("customerPurchases.subscribedAt", subscribedAt);
    CrmValidationException.required("customerPurchases.purchases", purchases);
    List<Instant> copied = new ArrayList<>(purchases.size());
    for (int i = 0; i < purchases.size(); i++) {
      copied.add(CrmValidationException.required("customerPurchases.purchases[" + i + "]", purchases.get(i)));
    }
    purchases = List.copyOf(copied);
  }

  /** A customer and their purchases. */
  public static CustomerPurchases of(ContactId customer, Instant subscribedAt, List<Instant> purchases) {
    return new CustomerPurchases(customer, subscribedAt, purchases);
  }
}
