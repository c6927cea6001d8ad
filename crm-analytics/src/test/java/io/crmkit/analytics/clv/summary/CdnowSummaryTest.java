package io.crmkit.analytics.clv.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.ClvData;
import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.TimeSpan;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The summary made from CDNOW's transactions equals BTYD's published summary: same-day purchases
 * merged, the calibration end inclusive, weeks as days / 7.
 */
class CdnowSummaryTest {
  private static CalibrationHoldout split;
  private static CustomerSummaries published;

  @BeforeAll
  static void summarise() {
    split = PurchaseDays.of(ClvData.cdnowTransactions())
        .calibrationHoldout(ClvData.CDNOW_CALIBRATION_END, ClvData.CDNOW_HOLDOUT_END, ModelTimeUnit.WEEK);
    published = ClvData.cdnowSummary();
  }

  @Test
  void every_customer_has_btyds_repeat_purchases_recency_age_and_mean_repeat_spend() {
    CustomerSummaries made = split.calibration();
    Map<String, Integer> rowById = new HashMap<>();
    for (int row = 0; row < made.size(); row++) {
      rowById.put(made.customerId(row), row);
    }

    assertThat(made.size()).isEqualTo(published.size()).isEqualTo(2357);
    for (int row = 0; row < published.size(); row++) {
      int mine = rowById.get(published.customerId(row));
      assertThat(made.repeatPurchases(mine)).isEqualTo(published.repeatPurchases(row));
      assertThat(made.recency(mine)).isCloseTo(published.recency(row), within(1e-12));
      assertThat(made.age(mine)).isCloseTo(published.age(row), within(1e-12));
      assertThat(made.meanRepeatSpend(mine)).isCloseTo(published.meanRepeatSpend(row), within(1e-9));
    }
  }

  @Test
  void every_customer_has_btyds_holdout_purchases_and_they_total_1882() {
    int[] published = ClvData.cdnowHoldoutPurchases();
    CustomerSummaries made = split.calibration();
    Map<String, Integer> holdoutById = new HashMap<>();
    for (int row = 0; row < made.size(); row++) {
      holdoutById.put(made.customerId(row), split.holdoutPurchases(row));
    }

    long total = 0;
    for (int row = 0; row < published.length; row++) {
      assertThat(holdoutById.get(CdnowSummaryTest.published.customerId(row))).isEqualTo(published[row]);
      total += published[row];
    }
    assertThat(total).isEqualTo(1882);
  }

  @Test
  void the_holdout_lasts_39_weeks() {
    assertThat(split.holdoutLength()).isEqualTo(TimeSpan.weeks(39));
  }

  @Test
  void the_weekly_cumulative_repeat_purchases_equal_btyds_tracking() {
    long[] published = ClvData.cdnowCumulativeTracking();

    assertThat(split.trackingPeriods()).isEqualTo(78);
    for (int week = 1; week <= 78; week++) {
      assertThat(split.cumulativeRepeatPurchases(week)).as("week %d", week).isEqualTo(published[week - 1]);
    }
    assertThat(split.trackingStart()).isEqualTo(ClvData.CDNOW_CALIBRATION_END.withMonth(1).withDayOfMonth(1));
    assertThat(split.customersLeftOut()).isZero();
  }
}
