package io.crmkit.analytics.clv.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.ClvData;
import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.FitResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Gamma-Gamma model on CDNOW's 946 repeat buyers reproduces Fader and Hardie (2013) and lifetimes. */
class GammaGammaPublishedValuesTest {
  private static final double[] PUBLISHED_SPEND = {
    24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17,
  };

  private static CustomerSummaries cdnow;
  private static FitResult<GammaGammaModel> fit;

  @BeforeAll
  static void fit_cdnow() {
    cdnow = ClvData.cdnowSummary();
    fit = GammaGammaModel.fit(SpendData.repeatBuyersOf(cdnow));
  }

  @Test
  void the_fit_uses_the_946_repeat_buyers() {
    assertThat(SpendData.repeatBuyersOf(cdnow).customerCount()).isEqualTo(946);
  }

  @Test
  void the_cdnow_fit_gives_the_published_parameters() {
    GammaGammaModel model = fit.orElseThrow();

    assertThat(model.p()).isCloseTo(6.25, within(0.005));
    assertThat(model.q()).isCloseTo(3.74, within(0.005));
    assertThat(model.gamma()).isCloseTo(15.44, within(0.005));
  }

  @Test
  void the_cdnow_log_likelihood_is_about_minus_4055_92() {
    assertThat(fit.convergedFit().orElseThrow().logLikelihood()).isCloseTo(-4055.92, within(0.005));
  }

  @Test
  void the_first_ten_customers_expected_spend_matches_to_a_dime() {
    GammaGammaModel model = fit.orElseThrow();

    for (int row = 0; row < PUBLISHED_SPEND.length; row++) {
      assertThat(model.expectedSpend(cdnow.repeatPurchases(row), cdnow.meanRepeatSpend(row)))
          .as("customer %s", cdnow.customerId(row)).isCloseTo(PUBLISHED_SPEND[row], within(0.1));
    }
  }

  @Test
  void the_two_decimal_summary_of_lifetimes_gives_the_same_spends() {
    CustomerSummaries rounded = ClvData.cdnowSummaryRounded();
    GammaGammaModel model = GammaGammaModel.fit(SpendData.repeatBuyersOf(rounded)).orElseThrow();

    for (int row = 0; row < PUBLISHED_SPEND.length; row++) {
      assertThat(model.expectedSpend(rounded.repeatPurchases(row), rounded.meanRepeatSpend(row)))
          .isCloseTo(PUBLISHED_SPEND[row], within(0.1));
    }
  }

  @Test
  void a_customer_without_repeats_is_expected_to_spend_the_population_mean() {
    GammaGammaModel model = fit.orElseThrow();

    assertThat(model.expectedSpend(0, 0.0)).isEqualTo(model.populationMeanSpend());
    assertThat(model.populationMeanSpend()).isCloseTo(35.17, within(0.01));
  }

  @Test
  void a_fit_on_merged_rows_equals_the_fit_on_the_customers() {
    SpendData customers = SpendData.repeatBuyersOf(cdnow);
    SpendData merged = customers.grouped();
    GammaGammaModel onMerged = GammaGammaModel.fit(merged).orElseThrow();
    GammaGammaModel onCustomers = fit.orElseThrow();

    assertThat(merged.size()).isLessThan(customers.size());
    assertThat(onMerged.p()).isCloseTo(onCustomers.p(), within(1e-6 * onCustomers.p()));
    assertThat(onMerged.q()).isCloseTo(onCustomers.q(), within(1e-6 * onCustomers.q()));
    assertThat(onMerged.gamma()).isCloseTo(onCustomers.gamma(), within(1e-6 * onCustomers.gamma()));
  }
}
