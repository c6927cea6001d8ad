package io.crmkit.analytics.clv.bgnbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.ClvData;
import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelFit;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.PurchaseHistory;
import io.crmkit.analytics.clv.TimeSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD on CDNOW reproduces Fader, Hardie and Lee (2005), BTYD 2.4.3 and lifetimes 0.11 within the
 * tolerances they are published or tested with.
 */
class BgNbdPublishedValuesTest {
  private static final ModelTimeUnit WEEK = ModelTimeUnit.WEEK;

  /** BTYD's printed estimates. */
  private static final BgNbdModel BTYD = new BgNbdModel(0.2425982, 4.4136842, 0.7929899, 2.4261667, WEEK);

  /** The rounded estimates of the paper. */
  private static final BgNbdModel ROUNDED = new BgNbdModel(0.243, 4.414, 0.793, 2.426, WEEK);

  private static CustomerSummaries cdnow;
  private static FitResult<BgNbdModel> fit;

  @BeforeAll
  static void fit_cdnow() {
    cdnow = ClvData.cdnowSummary();
    fit = BgNbdModel.fit(cdnow);
  }

  @Test
  void the_cdnow_fit_converges_to_the_published_parameters_within_a_relative_thousandth() {
    BgNbdModel model = fit.orElseThrow();

    // CLVTools tests these to a relative 0.001.
    assertThat(model.r()).isCloseTo(0.2425982, within(0.001 * 0.2425982));
    assertThat(model.alpha()).isCloseTo(4.4136842, within(0.001 * 4.4136842));
    assertThat(model.a()).isCloseTo(0.7929899, within(0.001 * 0.7929899));
    assertThat(model.b()).isCloseTo(2.4261667, within(0.001 * 2.4261667));
  }

  @Test
  void the_cdnow_log_likelihood_is_minus_9582_429() {
    ModelFit result = fit.convergedFit().orElseThrow();

    assertThat(result.logLikelihood()).isCloseTo(-9582.429, within(0.001));
    assertThat(result.customers()).isEqualTo(2357);
  }

  @Test
  void the_standard_errors_come_from_the_hessian_as_published() {
    ModelFit result = fit.convergedFit().orElseThrow();

    assertThat(result.standardError("r")).isCloseTo(0.0126, within(0.00006));
    assertThat(result.standardError("alpha")).isCloseTo(0.378, within(0.0006));
    assertThat(result.standardError("a")).isCloseTo(0.186, within(0.0006));
    assertThat(result.standardError("b")).isCloseTo(0.705, within(0.0006));
  }

  @Test
  void a_customer_with_two_repeats_is_expected_to_buy_1_226_times_in_the_next_39_weeks() {
    PurchaseHistory history = PurchaseHistory.of(2, 30.43, 38.86, WEEK);

    double expected = fit.orElseThrow().expectedPurchases(history, TimeSpan.weeks(39));

    assertThat(expected).isCloseTo(1.226, within(0.001));
  }

  @Test
  void the_unconditional_expectations_match_lifetimes_to_three_decimals() {
    BgNbdModel model = fit.orElseThrow();
    double[] weeks = {0.1429, 1, 3, 31.8571, 32, 78};
    double[] published = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};

    for (int i = 0; i < weeks.length; i++) {
      // lifetimes asserts these to decimal=3, that is within 1.5e-3.
      assertThat(model.expectedPurchases(TimeSpan.weeks(weeks[i]))).as("E[X(%s)]", weeks[i])
          .isCloseTo(published[i], within(1e-3));
    }
  }

  @Test
  void at_the_rounded_parameters_no_purchase_in_39_weeks_has_probability_0_5737864() {
    assertThat(ROUNDED.probabilityOfPurchases(0, TimeSpan.weeks(39))).isCloseTo(0.5737864, within(5e-8));
  }

  @Test
  void at_the_rounded_parameters_ten_purchases_in_2_weeks_have_probability_1_07869e_7() {
    assertThat(ROUNDED.probabilityOfPurchases(10, TimeSpan.weeks(2))).isCloseTo(1.07869e-7, within(5e-13));
  }

  @Test
  void the_frequent_buyer_with_26_repeats_is_expected_to_buy_25_757_times_in_52_weeks() {
    PurchaseHistory history = PurchaseHistory.of(26, 30.85714, 31, WEEK);

    // At BTYD's estimates: published 25.75659 and 0.9688523.
    assertThat(BTYD.expectedPurchases(history, TimeSpan.weeks(52))).isCloseTo(25.75659, within(1e-4));
    assertThat(BTYD.probabilityAlive(history)).isCloseTo(0.9688523, within(1e-6));
    // At this fit's estimates, which differ from BTYD's in the fifth digit.
    assertThat(fit.orElseThrow().expectedPurchases(history, TimeSpan.weeks(52))).isCloseTo(25.75659, within(2e-3));
    assertThat(fit.orElseThrow().probabilityAlive(history)).isCloseTo(0.9688523, within(1e-5));
  }

  @Test
  void the_holdout_predictions_sum_to_1653_4_against_1882_actual_repeat_purchases() {
    BgNbdModel model = fit.orElseThrow();
    int[] actual = ClvData.cdnowHoldoutPurchases();

    double predicted = 0.0;
    long made = 0;
    for (int row = 0; row < cdnow.size(); row++) {
      predicted += model.expectedPurchases(cdnow.history(row), TimeSpan.weeks(39));
      made += actual[row];
    }

    assertThat(made).isEqualTo(1882);
    assertThat(predicted).isCloseTo(1653.4, within(0.05));
  }

  @Test
  void a_customer_without_repeats_has_log_likelihood_minus_0_59947382() {
    BgNbdModel model = new BgNbdModel(0.25, 4, 0.8, 2.5, WEEK);

    assertThat(model.logLikelihood(PurchaseHistory.of(0, 0, 40, WEEK))).isCloseTo(-0.59947382, within(1e-8));
  }

  @Test
  void a_customer_with_200_repeats_has_a_finite_log_likelihood_of_100_7957() {
    BgNbdModel model = new BgNbdModel(0.25, 4, 0.8, 2.5, WEEK);

    double logLikelihood = model.logLikelihood(PurchaseHistory.of(200, 38, 40, WEEK));

    assertThat(logLikelihood).isCloseTo(100.7957, within(1e-4));
    assertThat(model.expectedPurchases(PurchaseHistory.of(200, 38, 40, WEEK), TimeSpan.weeks(52))).isFinite()
        .isPositive();
    assertThat(model.probabilityAlive(PurchaseHistory.of(200, 38, 40, WEEK))).isBetween(0.0, 1.0);
  }

  @Test
  void a_fit_on_the_compressed_groups_equals_the_fit_on_the_customers() {
    BgNbdModel onCustomers = fit.orElseThrow();
    FitResult<BgNbdModel> onGroups = BgNbdModel.fit(cdnow.groups());

    BgNbdModel grouped = onGroups.orElseThrow();
    assertThat(cdnow.groups().size()).isLessThan(cdnow.size() / 2);
    assertThat(grouped.r()).isCloseTo(onCustomers.r(), within(1e-6 * onCustomers.r()));
    assertThat(grouped.alpha()).isCloseTo(onCustomers.alpha(), within(1e-6 * onCustomers.alpha()));
    assertThat(grouped.a()).isCloseTo(onCustomers.a(), within(1e-6 * onCustomers.a()));
    assertThat(grouped.b()).isCloseTo(onCustomers.b(), within(1e-6 * onCustomers.b()));
    assertThat(onGroups.convergedFit().orElseThrow().logLikelihood())
        .isCloseTo(fit.convergedFit().orElseThrow().logLikelihood(), within(1e-8));
  }
}
