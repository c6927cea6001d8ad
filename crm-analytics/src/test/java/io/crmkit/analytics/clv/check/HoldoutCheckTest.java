package io.crmkit.analytics.clv.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.ClvData;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.summary.CalibrationHoldout;
import io.crmkit.analytics.clv.summary.PurchaseDays;
import io.crmkit.core.CrmValidationException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BG/NBD fitted to CDNOW's calibration, checked against its holdout. */
class HoldoutCheckTest {
  private static CalibrationHoldout cdnow;
  private static HoldoutCheck check;

  @BeforeAll
  static void check_cdnow() {
    cdnow = PurchaseDays.of(ClvData.cdnowTransactions())
        .calibrationHoldout(ClvData.CDNOW_CALIBRATION_END, ClvData.CDNOW_HOLDOUT_END, ModelTimeUnit.WEEK);
    BgNbdModel model = BgNbdModel.fit(cdnow.calibration().groups()).orElseThrow();
    check = HoldoutCheck.of(model, cdnow);
  }

  @Test
  void the_model_predicts_1653_4_of_the_1882_holdout_repeat_purchases() {
    assertThat(check.actualTotal()).isEqualTo(1882);
    assertThat(check.predictedTotal()).isCloseTo(1653.4, within(0.05));
    assertThat(check.relativeErrorOfTotal()).isCloseTo((1653.4 - 1882) / 1882, within(1e-4));
  }

  @Test
  void the_error_figures_are_those_of_the_customer_forecasts() {
    List<CustomerForecast> customers = check.customers();
    double absolute = customers.stream().mapToDouble(c -> Math.abs(c.predicted() - c.actual())).sum();

    assertThat(customers).hasSize(2357);
    assertThat(check.meanAbsoluteError()).isCloseTo(absolute / 2357, within(1e-12));
    assertThat(check.rootMeanSquaredError()).isGreaterThanOrEqualTo(check.meanAbsoluteError());
    assertThat(check.correlation()).isBetween(0.5, 1.0);
  }

  @Test
  void the_tracking_covers_78_weeks_with_btyds_actual_counts_and_holdout_weeks_from_week_40() {
    long[] published = ClvData.cdnowCumulativeTracking();
    List<PeriodForecast> periods = check.periods();

    assertThat(periods).hasSize(78);
    for (PeriodForecast period : periods) {
      assertThat(period.actualCumulative()).isEqualTo(published[period.period() - 1]);
      assertThat(period.inHoldout()).isEqualTo(period.period() >= 40);
    }
    assertThat(periods.get(38).predictedCumulative()).isCloseTo(2457, within(0.05 * 2457));
    assertThat(periods.get(77).predictedCumulative()).isCloseTo(4339, within(0.05 * 4339));
  }

  @Test
  void the_tracking_error_is_a_few_percent() {
    assertThat(check.trackingMeanAbsolutePercentageError(false)).isBetween(0.0, 0.10);
    assertThat(check.trackingMeanAbsolutePercentageError(true)).isBetween(0.0, 0.05);
  }

  @Test
  void a_model_in_days_is_not_checked_against_summaries_in_weeks() {
    BgNbdModel daily = new BgNbdModel(0.24, 31, 0.79, 2.4, ModelTimeUnit.DAY);

    assertThatThrownBy(() -> HoldoutCheck.of(daily, cdnow))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("data.unit");
          assertThat(e.rule()).isEqualTo("sameUnit");
        });
  }
}
