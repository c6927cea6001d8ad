package io.crmkit.core.product;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A reduction on a line item: none, a percentage of the gross, or a fixed amount.
 *
 * <p>A discount is worked out on the line's gross (quantity times unit price, already rounded to
 * the currency's minor units) and rounded half-even to the same minor units, so that gross minus
 * discount is exact. A discount never exceeds the gross it applies to.
 */
public sealed interface Discount {

  /** No discount. */
  static Discount none() {
    return NoDiscount.INSTANCE;
  }

  /** A percentage of the gross, 0 to 100: {@code Discount.percent("12.5")}. */
  static Discount percent(String percent) {
    return new Percentage(Percentages.parse("discount.percent", percent));
  }

  /** A percentage of the gross, 0 to 100. */
  static Discount percent(BigDecimal percent) {
    return new Percentage(percent);
  }

  /** A fixed amount off the line, in the line's currency, not above its gross. */
  static Discount amount(Money amount) {
    return new FixedAmount(amount);
  }

  /**
   * The amount this discount takes off a gross, rounded half-even to the currency's minor units.
   *
   * @param gross the line's gross, not negative
   * @throws CrmValidationException when a fixed amount is in another currency (rule
   *     {@code mismatch}) or above the gross (rule {@code range}), field {@code discount}
   */
  Money amountOff(Money gross);

  /** No discount: takes nothing off. */
  enum NoDiscount implements Discount {
    /** The only value. */
    INSTANCE;

    @Override
    public Money amountOff(Money gross) {
      CrmValidationException.required("gross", gross);
      return Money.zero(gross.currency());
    }

    @Override
    public String toString() {
      return "no discount";
    }
  }

  /**
   * A percentage of the gross.
   *
   * @param percent the percentage, 0 to 100, trailing zeros stripped
   */
  record Percentage(BigDecimal percent) implements Discount {
    /** Checks and normalises the percentage. */
    public Percentage {
      percent = Percentages.checked("discount.percent", percent);
    }

    @Override
    public Money amountOff(Money gross) {
      CrmValidationException.required("gross", gross);
      return gross.times(percent.movePointLeft(2)).rounded();
    }

    @Override
    public String toString() {
      return percent.toPlainString() + "%";
    }
  }

  /**
   * A fixed amount off.
   *
   * @param amount the amount, not negative
   */
  record FixedAmount(Money amount) implements Discount {
    /** Checks the amount. */
    public FixedAmount {
      CrmValidationException.required("discount.amount", amount);
      if (amount.isNegative()) {
        throw CrmValidationException.of("discount.amount", "range", amount, "a discount is 0 or more");
      }
    }

    @Override
    public Money amountOff(Money gross) {
      CrmValidationException.required("gross", gross);
      if (!amount.currency().equals(gross.currency())) {
        throw CrmValidationException.of("discount", "mismatch", amount,
            "the discount is in " + amount.currency() + ", the line in " + gross.currency());
      }
      if (amount.compareTo(gross) > 0) {
        throw CrmValidationException.of("discount", "range", amount,
            "the discount is above the line's gross of " + gross);
      }
      return Money.of(amount.amount().setScale(minorDigits(gross), RoundingMode.HALF_EVEN), gross.currency());
    }

    private static int minorDigits(Money money) {
      return Math.max(0, money.currency().getDefaultFractionDigits());
    }

    @Override
    public String toString() {
      return amount.toString();
    }
  }
}
