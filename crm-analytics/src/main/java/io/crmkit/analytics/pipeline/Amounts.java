package io.crmkit.analytics.pipeline;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/** Arithmetic on amounts shared by the tallies of this package. */
final class Amounts {
  private Amounts() {}

  /** The amount divided by a count, rounded half-even to minor units; empty for a count of 0. */
  static Optional<Money> mean(Money total, long count) {
    if (count == 0) {
      return Optional.empty();
    }
    int digits = Math.max(0, total.currency().getDefaultFractionDigits());
    return Optional.of(Money.of(total.amount().divide(BigDecimal.valueOf(count), digits, RoundingMode.HALF_EVEN),
        total.currency()));
  }

  /** Refuses to combine tallies kept in different currencies. */
  static void sameCurrency(String field, Currency mine, Currency theirs) {
    if (!mine.equals(theirs)) {
      throw CrmValidationException.of(field, "mismatch", theirs,
          "cannot combine a tally in " + mine + " with one in " + theirs);
    }
  }
}
