package io.crmkit.core.product;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;

/**
 * A sales tax or VAT rate in percent, applied to the net total of a quote or an order.
 *
 * @param percent the rate, 0 to 100 percent, trailing zeros stripped ({@code 19}, {@code 7.5})
 */
public record TaxRate(BigDecimal percent) {
  /** Checks and normalises the rate. */
  public TaxRate {
    percent = Percentages.checked("taxRate.percent", percent);
  }

  /** Makes a rate from text: {@code TaxRate.of("19")} is 19 percent. */
  public static TaxRate of(String percent) {
    return new TaxRate(Percentages.parse("taxRate.percent", percent));
  }

  /** Makes a rate. */
  public static TaxRate of(BigDecimal percent) {
    return new TaxRate(percent);
  }

  /** The tax on an amount, rounded half-even to the currency's minor units. */
  public Money taxOn(Money amount) {
    CrmValidationException.required("amount", amount);
    return amount.times(percent.movePointLeft(2)).rounded();
  }

  @Override
  public String toString() {
    return percent.toPlainString() + "%";
  }
}
