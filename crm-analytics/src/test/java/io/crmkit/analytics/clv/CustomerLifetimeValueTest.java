package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.core.CrmValidationException;
import org.junit.jupiter.api.Test;

/** The discounted value of a customer: purchases expected per period, discounted per period, in one unit. */
class CustomerLifetimeValueTest {
  private static final BgNbdModel MODEL =
      new BgNbdModel(0.2425982, 4.4136842, 0.7929899, 2.4261667, ModelTimeUnit.WEEK);
  private static final PurchaseHistory HISTORY = PurchaseHistory.of(2, 30.43, 38.86, ModelTimeUnit.WEEK);

  @Test
  void without_discounting_it_is_the_spend_times_the_purchases_expected_over_the_horizon() {
    double value = CustomerLifetimeValue.discounted(MODEL, HISTORY, 35.0, TimeSpan.weeks(52),
        DiscountRate.none(ModelTimeUnit.WEEK));

    assertThat(value).isCloseTo(35.0 * MODEL.expectedPurchases(HISTORY, TimeSpan.weeks(52)), within(1e-9));
  }

  @Test
  void discounting_lowers_the_value_and_a_higher_rate_lowers_it_more() {
    double none = valueAt(DiscountRate.none(ModelTimeUnit.WEEK));
    double low = valueAt(DiscountRate.of(0.001, ModelTimeUnit.WEEK));
    double high = valueAt(DiscountRate.of(0.01, ModelTimeUnit.WEEK));

    assertThat(low).isLessThan(none);
    assertThat(high).isLessThan(low).isPositive();
  }

  @Test
  void a_yearly_rate_converted_explicitly_to_weeks_is_accepted() {
    DiscountRate weekly = DiscountRate.of(0.10, ModelTimeUnit.YEAR).convertedTo(ModelTimeUnit.WEEK);

    assertThat(weekly.unit()).isEqualTo(ModelTimeUnit.WEEK);
    assertThat(Math.pow(1 + weekly.perPeriod(), 365.25 / 7)).isCloseTo(1.10, within(1e-12));
    assertThat(CustomerLifetimeValue.discounted(MODEL, HISTORY, 35.0, TimeSpan.weeks(52), weekly)).isPositive();
  }

  @Test
  void a_rate_a_horizon_or_a_history_in_another_unit_is_refused() {
    assertThatThrownBy(() -> CustomerLifetimeValue.discounted(MODEL, HISTORY, 35.0, TimeSpan.weeks(52),
        DiscountRate.of(0.1, ModelTimeUnit.YEAR)))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("discountRate.unit");
          assertThat(e.rule()).isEqualTo("sameUnit");
          assertThat(e.getMessage()).contains("weeks");
        });
    assertThatThrownBy(() -> CustomerLifetimeValue.discounted(MODEL, HISTORY, 35.0, TimeSpan.months(12),
        DiscountRate.none(ModelTimeUnit.WEEK)))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.field()).isEqualTo("horizon.unit"));
    assertThatThrownBy(() -> CustomerLifetimeValue.discounted(MODEL, PurchaseHistory.of(2, 200, 270, ModelTimeUnit.DAY),
        35.0, TimeSpan.weeks(52), DiscountRate.none(ModelTimeUnit.WEEK)))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.field()).isEqualTo("history.unit"));
  }

  @Test
  void a_horizon_of_part_periods_is_refused() {
    assertThatThrownBy(() -> CustomerLifetimeValue.discounted(MODEL, HISTORY, 35.0, TimeSpan.weeks(52.5),
        DiscountRate.none(ModelTimeUnit.WEEK)))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("horizon.length");
          assertThat(e.rule()).isEqualTo("wholePeriods");
        });
  }

  private static double valueAt(DiscountRate rate) {
    return CustomerLifetimeValue.discounted(MODEL, HISTORY, 35.0, TimeSpan.weeks(52), rate);
  }
}
