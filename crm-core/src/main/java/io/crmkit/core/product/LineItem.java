package io.crmkit.core.product;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an opportunity, a quote or an order: a quantity of a product at a unit price, less
 * a discount.
 *
 * <p>Rounding: {@link #gross()} is quantity times unit price rounded half-even to the currency's
 * minor units (cents for EUR, none for JPY); {@link #discountAmount()} is worked out on that gross
 * and rounded the same way; {@link #net()} is their exact difference. So a line's net is never
 * negative and never above its gross, and totals are plain sums of rounded lines.
 */
@Value.Immutable
public abstract class LineItem implements WithLineItem {
  /** The most digits a quantity may have before the decimal point. */
  public static final int MAX_QUANTITY_DIGITS = 12;


  /** The product sold. */
  public abstract ProductId productId();

  /** What the line says to the buyer, if it says more than the product's name. */
  public abstract Optional<String> description();

  /** How many units, above zero; trailing zeros stripped ({@code 2.50} is {@code 2.5}). */
  public abstract BigDecimal quantity();

  /** The price of one unit, not negative; the line's currency. */
  public abstract Money unitPrice();

  /** The reduction on this line; none unless set. */
  @Value.Default
  public Discount discount() {
    return Discount.none();
  }

  /** A line without discount. */
  public static LineItem of(ProductId productId, BigDecimal quantity, Money unitPrice) {
    return builder().productId(productId).quantity(quantity).unitPrice(unitPrice).build();
  }

  /** A builder; productId, quantity and unitPrice are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LineItem}. */
  public static class Builder extends ImmutableLineItem.Builder {}

  /** The line's currency: that of its unit price. */
  public Currency currency() {
    return unitPrice().currency();
  }

  /** Quantity times unit price, rounded half-even to the currency's minor units. */
  public Money gross() {
    return unitPrice().times(quantity()).rounded();
  }

  /** The amount the discount takes off the gross, rounded half-even to the minor units. */
  public Money discountAmount() {
    return discount().amountOff(gross());
  }

  /** Gross less discount: never negative, never above the gross. */
  public Money net() {
    return gross().minus(discountAmount());
  }

  @Value.Check
  LineItem normalised() {
    if (quantity().signum() <= 0) {
      throw CrmValidationException.of("lineItem.quantity", "positive", quantity().toPlainString(),
          "a quantity is above zero");
    }
    BigDecimal stripped = quantity().stripTrailingZeros();
    // Checked before any setScale: a quantity such as 1E+999999999 would widen to a billion digits.
    if ((long) stripped.precision() - stripped.scale() > MAX_QUANTITY_DIGITS || stripped.scale() > Money.MAX_SCALE) {
      throw CrmValidationException.of("lineItem.quantity", "range", quantity(),
          "a quantity has at most " + MAX_QUANTITY_DIGITS + " digits before the point and "
              + Money.MAX_SCALE + " after");
    }
    if (unitPrice().isNegative()) {
      throw CrmValidationException.of("lineItem.unitPrice", "range", unitPrice(), "a unit price is 0 or more");
    }
    if (discount() instanceof Discount.FixedAmount fixed) {
      if (!fixed.amount().currency().equals(currency())) {
        throw CrmValidationException.of("lineItem.discount", "mismatch", fixed.amount(),
            "the discount is in " + fixed.amount().currency() + ", the unit price in " + currency());
      }
      if (fixed.amount().compareTo(gross()) > 0) {
        throw CrmValidationException.of("lineItem.discount", "range", fixed.amount(),
            "the discount is above the line's gross of " + gross());
      }
    }
    BigDecimal cleanQuantity = quantity().stripTrailingZeros();
    if (cleanQuantity.scale() < 0) {
      cleanQuantity = cleanQuantity.setScale(0);
    }
    Optional<String> cleanDescription = description().map(String::strip).filter(s -> !s.isEmpty());
    if (cleanQuantity.equals(quantity()) && cleanDescription.equals(description())) {
      return this;
    }
    return builder().from(this).quantity(cleanQuantity).description(cleanDescription).build();
  }
}
