package io.crmkit.core.product;

import io.crmkit.core.CrmValidationException;
import java.math.BigDecimal;

/** Checks percentages from 0 to 100 for discounts and tax rates. */
final class Percentages {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percentages() {}

  static BigDecimal checked(String field, BigDecimal percent) {
    CrmValidationException.required(field, percent);
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw CrmValidationException.of(field, "range", percent.toPlainString(), "a percentage is 0 to 100");
    }
    BigDecimal stripped = percent.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static BigDecimal parse(String field, String percent) {
    String p = CrmValidationException.requiredText(field, percent);
    try {
      return new BigDecimal(p);
    } catch (NumberFormatException e) {
      throw CrmValidationException.of(field, "number", percent, "not a decimal number");
    }
  }
}
