package io.crmkit.analytics.clv.bgnbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.ClvData;
import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.PurchaseHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MBG/NBD on CDNOW reproduces Batislam, Denizel and Filiztekin (2007) as lifetimes fits it. */
class MbgNbdPublishedValuesTest {
  private static CustomerSummaries cdnow;
  private static FitResult<MbgNbdModel> fit;

  @BeforeAll
  static void fit_cdnow() {
    cdnow = ClvData.cdnowSummary();
    fit = MbgNbdModel.fit(cdnow.groups());
  }

  @Test
  void the_cdnow_fit_gives_the_published_parameters_to_three_decimals() {
    MbgNbdModel model = fit.orElseThrow();

    assertThat(model.r()).isCloseTo(0.525, within(5e-4));
    assertThat(model.alpha()).isCloseTo(6.183, within(5e-4));
    assertThat(model.a()).isCloseTo(0.891, within(5e-4));
    assertThat(model.b()).isCloseTo(1.614, within(5e-4));
  }

  @Test
  void the_cdnow_log_likelihood_is_about_minus_9582_13() {
    assertThat(fit.convergedFit().orElseThrow().logLikelihood()).isCloseTo(-9582.13, within(0.01));
  }

  @Test
  void a_customer_without_repeats_may_already_be_gone() {
    MbgNbdModel model = fit.orElseThrow();

    double alive = model.probabilityAlive(PurchaseHistory.firstPurchaseOnly(38.86, ModelTimeUnit.WEEK));

    assertThat(alive).isLessThan(1.0).isGreaterThan(0.0);
  }

  @Test
  void a_fit_on_the_customers_equals_the_fit_on_the_compressed_groups() {
    MbgNbdModel onCustomers = MbgNbdModel.fit(cdnow).orElseThrow();
    MbgNbdModel grouped = fit.orElseThrow();

    assertThat(onCustomers.r()).isCloseTo(grouped.r(), within(1e-6 * grouped.r()));
    assertThat(onCustomers.alpha()).isCloseTo(grouped.alpha(), within(1e-6 * grouped.alpha()));
    assertThat(onCustomers.a()).isCloseTo(grouped.a(), within(1e-6 * grouped.a()));
    assertThat(onCustomers.b()).isCloseTo(grouped.b(), within(1e-6 * grouped.b()));
  }
}
