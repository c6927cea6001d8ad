package io.crmkit.analytics.clv.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.CustomerSummary;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.PurchaseHistory;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How purchases become summaries: the rules, one at a time. */
class PurchaseDaysTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

  @Test
  void purchases_on_the_same_day_count_once_with_their_amounts_added() {
    Transactions purchases = Transactions.builder()
        .add("C1", JAN_1, 10.0)
        .add("C1", JAN_1.plusDays(7), 20.0)
        .add("C1", JAN_1.plusDays(7), 5.0)
        .build();

    CustomerSummary summary = PurchaseDays.of(purchases).summaries(JAN_1.plusDays(14), ModelTimeUnit.WEEK).summary(0);

    assertThat(summary.history()).isEqualTo(PurchaseHistory.of(1, 1.0, 2.0, ModelTimeUnit.WEEK));
    assertThat(summary.meanRepeatSpend()).isEqualTo(25.0);
  }

  @Test
  void a_purchase_on_the_calibration_end_counts_and_one_the_day_after_does_not() {
    Transactions purchases = Transactions.builder()
        .add("C1", JAN_1, 10.0)
        .add("C1", JAN_1.plusDays(10), 30.0)
        .add("C1", JAN_1.plusDays(11), 50.0)
        .build();

    CustomerSummary summary = PurchaseDays.of(purchases).summaries(JAN_1.plusDays(10), ModelTimeUnit.DAY).summary(0);

    assertThat(summary.history()).isEqualTo(PurchaseHistory.of(1, 10.0, 10.0, ModelTimeUnit.DAY));
    assertThat(summary.meanRepeatSpend()).isEqualTo(30.0);
  }

  @Test
  void a_customer_who_bought_once_has_no_repeats_and_no_repeat_spend() {
    Transactions purchases = Transactions.builder().add("C1", JAN_1, 10.0).build();

    CustomerSummary summary = PurchaseDays.of(purchases).summaries(JAN_1.plusDays(28), ModelTimeUnit.WEEK).summary(0);

    assertThat(summary.history()).isEqualTo(PurchaseHistory.firstPurchaseOnly(4.0, ModelTimeUnit.WEEK));
    assertThat(summary.meanRepeatSpend()).isZero();
  }

  @Test
  void a_customer_whose_first_purchase_is_after_the_calibration_end_is_left_out() {
    Transactions purchases = Transactions.builder()
        .add("C1", JAN_1, 10.0)
        .add("C2", JAN_1.plusDays(40), 10.0)
        .build();

    CalibrationHoldout split = PurchaseDays.of(purchases)
        .calibrationHoldout(JAN_1.plusDays(30), JAN_1.plusDays(60), ModelTimeUnit.DAY);

    assertThat(split.calibration().size()).isEqualTo(1);
    assertThat(split.calibration().customerId(0)).isEqualTo("C1");
    assertThat(split.customersLeftOut()).isEqualTo(1);
  }

  @Test
  void the_time_unit_is_chosen_and_months_are_a_twelfth_of_365_25_days() {
    Transactions purchases = Transactions.builder()
        .add("C1", JAN_1, 10.0)
        .add("C1", JAN_1.plusDays(61), 10.0)
        .build();

    CustomerSummaries months = PurchaseDays.of(purchases).summaries(JAN_1.plusDays(365), ModelTimeUnit.MONTH);

    assertThat(months.unit()).isEqualTo(ModelTimeUnit.MONTH);
    assertThat(months.recency(0)).isCloseTo(61 / 30.4375, within(1e-12));
    assertThat(months.age(0)).isCloseTo(365 / 30.4375, within(1e-12));
  }

  @Test
  void holdout_purchases_count_distinct_days_after_the_calibration_end_up_to_the_holdout_end() {
    Transactions purchases = Transactions.builder()
        .add("C1", JAN_1, 10.0)
        .add("C1", JAN_1.plusDays(20), 10.0)
        .add("C1", JAN_1.plusDays(20), 10.0)
        .add("C1", JAN_1.plusDays(25), 10.0)
        .add("C1", JAN_1.plusDays(31), 10.0)
        .build();

    CalibrationHoldout split = PurchaseDays.of(purchases)
        .calibrationHoldout(JAN_1.plusDays(10), JAN_1.plusDays(25), ModelTimeUnit.DAY);

    assertThat(split.holdoutPurchases(0)).isEqualTo(2);
    assertThat(split.holdoutLength().length()).isEqualTo(15.0);
  }

  @Test
  void a_holdout_that_does_not_end_after_the_calibration_is_refused() {
    PurchaseDays days = PurchaseDays.of(Transactions.builder().add("C1", JAN_1, 1.0).build());

    assertThatThrownBy(() -> days.calibrationHoldout(JAN_1.plusDays(10), JAN_1.plusDays(10), ModelTimeUnit.DAY))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("holdoutEnd");
          assertThat(e.rule()).isEqualTo("afterCalibrationEnd");
        });
  }

  @Test
  void a_row_range_outside_the_table_is_refused() {
    Transactions purchases = Transactions.builder().add("C1", JAN_1, 1.0).build();

    assertThatThrownBy(() -> PurchaseDays.of(purchases, 0, 2))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.rule()).isEqualTo("range"));
  }
}
