package io.crmkit.analytics.clv.pnbd;

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
 * Pareto/NBD on CDNOW reproduces Fader, Hardie and Lee (2005), BTYD and CLVTools: the log-likelihood
 * tightly, r, alpha and s to the published three decimals, beta (standard error about 6.2) loosely.
 */
class ParetoNbdPublishedValuesTest {
  private static CustomerSummaries cdnow;
  private static FitResult<ParetoNbdModel> fit;

  @BeforeAll
  static void fit_cdnow() {
    cdnow = ClvData.cdnowSummary();
    fit = ParetoNbdModel.fit(cdnow.groups());
  }

  @Test
  void the_cdnow_fit_gives_the_published_parameters() {
    ParetoNbdModel model = fit.orElseThrow();

    assertThat(model.r()).isCloseTo(0.553, within(5e-4));
    assertThat(model.alpha()).isCloseTo(10.578, within(5e-3));
    assertThat(model.s()).isCloseTo(0.606, within(5e-4));
    // BTYD 11.656, CLVTools 11.6715, the paper 11.669: a flat likelihood along beta.
    assertThat(model.beta()).isCloseTo(11.669, within(0.05));
  }

  @Test
  void the_cdnow_log_likelihood_is_minus_9594_976() {
    ModelFit result = fit.convergedFit().orElseThrow();

    assertThat(result.logLikelihood()).isCloseTo(-9594.976, within(0.001));
  }

  @Test
  void beta_is_weakly_identified_with_a_standard_error_of_about_6_2() {
    assertThat(fit.convergedFit().orElseThrow().standardError("beta")).isCloseTo(6.2, within(0.1));
  }

  @Test
  void btyds_estimates_have_the_same_log_likelihood_to_the_third_decimal() {
    ParetoNbdModel btyd = new ParetoNbdModel(0.5533971, 10.5801985, 0.6060625, 11.6562237, ModelTimeUnit.WEEK);

    assertThat(btyd.logLikelihood(cdnow)).isCloseTo(-9594.976, within(0.001));
  }

  @Test
  void the_frequent_buyer_with_26_repeats_is_expected_to_buy_25_456_times_in_52_weeks() {
    PurchaseHistory history = PurchaseHistory.of(26, 30.857, 31, ModelTimeUnit.WEEK);
    ParetoNbdModel model = fit.orElseThrow();

    // Published 25.45647 and 0.997874; the expectation moves with beta in the fourth digit.
    assertThat(model.expectedPurchases(history, TimeSpan.weeks(52))).isCloseTo(25.45647, within(2e-3));
    assertThat(model.probabilityAlive(history)).isCloseTo(0.997874, within(5e-6));
  }

  @Test
  void a_new_customer_is_expected_to_buy_1_473434_times_in_52_weeks() {
    assertThat(fit.orElseThrow().expectedPurchases(TimeSpan.weeks(52))).isCloseTo(1.473434, within(1e-5));
  }

  @Test
  void a_fit_on_the_customers_equals_the_fit_on_the_compressed_groups() {
    ParetoNbdModel onCustomers = ParetoNbdModel.fit(cdnow).orElseThrow();
    ParetoNbdModel grouped = fit.orElseThrow();

    assertThat(onCustomers.r()).isCloseTo(grouped.r(), within(1e-6 * grouped.r()));
    assertThat(onCustomers.alpha()).isCloseTo(grouped.alpha(), within(1e-6 * grouped.alpha()));
    assertThat(onCustomers.s()).isCloseTo(grouped.s(), within(1e-6 * grouped.s()));
    assertThat(onCustomers.beta()).isCloseTo(grouped.beta(), within(1e-5 * grouped.beta()));
  }
}
