package io.crmkit.analytics.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.ClvData;
import io.crmkit.analytics.clv.CustomerLifetimeValue;
import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.CustomerSummary;
import io.crmkit.analytics.clv.DiscountRate;
import io.crmkit.analytics.clv.ModelFit;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.TimeSpan;
import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.spend.GammaGammaModel;
import io.crmkit.analytics.clv.spend.SpendData;
import io.crmkit.analytics.clv.summary.PurchaseDays;
import io.crmkit.analytics.transaction.Transactions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's customer-lifetime-value example, run as written on the CDNOW sample. */
class ReadmeClvExampleTest {

  @Test
  void the_readme_clv_example_fits_cdnow_as_published() {
    Transactions purchases = ClvData.cdnowTransactions();

    // README example starts
    CustomerSummaries customers = PurchaseDays.of(purchases)                  // same-day purchases merged
        .summaries(LocalDate.parse("1997-09-30"), ModelTimeUnit.WEEK);        // calibration end inclusive
    BgNbdModel purchasesModel = BgNbdModel.fit(customers).convergedModel().orElseThrow();
    GammaGammaModel spendModel = GammaGammaModel.fit(SpendData.repeatBuyersOf(customers))
        .convergedModel().orElseThrow();
    CustomerSummary first = customers.summary(0);
    double alive = purchasesModel.probabilityAlive(first.history());
    double next39Weeks = purchasesModel.expectedPurchases(first.history(), TimeSpan.weeks(39));
    double value = CustomerLifetimeValue.discounted(purchasesModel, first.history(),
        spendModel.expectedSpend(first.history().repeatPurchases(), first.meanRepeatSpend()),
        TimeSpan.weeks(52), DiscountRate.of(0.0018, ModelTimeUnit.WEEK));  // about 10% a year
    // README example ends

    ModelFit fit = BgNbdModel.fit(customers).convergedFit().orElseThrow();
    assertThat(fit.logLikelihood()).isCloseTo(-9582.43, within(0.01));
    assertThat(fit.parameter("r").orElseThrow().estimate()).isCloseTo(0.2426, within(0.0005));
    assertThat(alive).isBetween(0.0, 1.0);
    assertThat(next39Weeks).isPositive();
    assertThat(value).isPositive();
  }
}
