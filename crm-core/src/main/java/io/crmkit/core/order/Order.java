package io.crmkit.core.order;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.id.QuoteId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.product.LineItems;
import io.crmkit.core.product.Priced;
import io.crmkit.core.product.TaxRate;
import io.crmkit.core.product.Totals;
import io.crmkit.core.value.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an account bought: line items in one currency, with an optional tax rate, perhaps from a
 * quote or a deal.
 *
 * <p>The totals are worked out from the lines and the tax rate by {@link Totals}, exactly as for a
 * quote, never stored. An order that was placed (placed, fulfilled, returned) has at least one line.
 */
@Value.Immutable
public abstract class Order implements Aggregate<OrderId>, WithOrder, Priced {

  @Override
  public abstract OrderId id();

  /** The order's number as people quote it, white space folded and upper-case: {@code SO-10042}. */
  public abstract String orderNumber();

  /** The account buying. */
  public abstract AccountId accountId();

  /** The contact who ordered, if known. */
  public abstract Optional<ContactId> contactId();

  /** The quote the order accepts, if any. */
  public abstract Optional<QuoteId> quoteId();

  /** The deal the order closes, if any. */
  public abstract Optional<OpportunityId> opportunityId();

  /** Where the order stands; draft unless set. */
  @Value.Default
  public OrderStatus status() {
    return OrderStatus.DRAFT;
  }

  /** When the order was placed (for a draft: when it was started). */
  public abstract Instant orderedAt();

  /** The currency of every line and total. */
  public abstract Currency currency();

  /** The lines ordered, all in {@link #currency()}; at least one once placed. */
  public abstract List<LineItem> lineItems();

  /** The tax rate applied to the net total, if tax is charged. */
  public abstract Optional<TaxRate> taxRate();

  /** The user who owns the order, if recorded. */
  public abstract Optional<UserId> ownerId();

  @Override
  public abstract Instant createdAt();

  @Override
  public abstract Instant updatedAt();

  @Override
  @Value.Default
  public long version() {
    return 0;
  }

  @Override
  @Value.Default
  public CustomFields customFields() {
    return CustomFields.empty();
  }

  @Override
  public String recordType() {
    return "Order";
  }

  /** A builder; id, orderNumber, accountId, orderedAt, currency, createdAt and updatedAt are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Order}. */
  public static class Builder extends ImmutableOrder.Builder {}

  /**
   * Normalises an order number: white space folded, upper-case.
   *
   * @throws CrmValidationException when it is blank (rule {@code required})
   */
  public static String normaliseOrderNumber(String raw) {
    return Texts.fold(CrmValidationException.requiredText("order.orderNumber", raw)).toUpperCase(Locale.ROOT);
  }

  /** All totals of the order, worked out from its lines and tax rate. */
  @Override
  @Value.Lazy
  public Totals totals() {
    return Totals.of(currency(), lineItems(), taxRate());
  }

  @Value.Check
  Order normalised() {
    String cleanNumber = normaliseOrderNumber(orderNumber());
    Aggregate.checkBasics("order", this);
    LineItems.requireCurrency("order.lineItems", currency(), lineItems());
    if (status().wasPlaced() && lineItems().isEmpty()) {
      throw CrmValidationException.of("order.lineItems", "required", status(),
          "a " + status().name().toLowerCase(Locale.ROOT) + " order has at least one line");
    }
    return cleanNumber.equals(orderNumber()) ? this : withOrderNumber(cleanNumber);
  }
}
