package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.analytics.clv.bgbb.BgBbModel;
import io.crmkit.analytics.clv.bgbb.OpportunityData;
import io.crmkit.analytics.clv.bgbb.OpportunityHistory;
import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.pnbd.ParetoNbdModel;
import io.crmkit.analytics.clv.sbg.RetentionCohort;
import io.crmkit.analytics.clv.sbg.ShiftedBetaGeometricModel;
import io.crmkit.analytics.clv.spend.GammaGammaModel;
import io.crmkit.analytics.clv.spend.SpendData;
import io.crmkit.core.CrmValidationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input to the CLV models fails fast, naming the field and the rule it broke. */
class ClvInputValidationTest {
  private static final ModelTimeUnit WEEK = ModelTimeUnit.WEEK;
  private static final BgNbdModel MODEL = new BgNbdModel(0.24, 4.4, 0.79, 2.4, WEEK);

  @Test
  void negative_repeat_purchases_are_refused() {
    refused(() -> PurchaseHistory.of(-1, 0, 10, WEEK), "purchaseHistory.repeatPurchases", "nonNegative");
  }

  @Test
  void a_recency_after_the_age_is_refused() {
    refused(() -> PurchaseHistory.of(2, 11, 10, WEEK), "purchaseHistory.recency", "notAfterAge");
  }

  @Test
  void a_negative_recency_and_a_recency_without_repeats_are_refused() {
    refused(() -> PurchaseHistory.of(2, -1, 10, WEEK), "purchaseHistory.recency", "nonNegative");
    refused(() -> PurchaseHistory.of(0, 3, 10, WEEK), "purchaseHistory.recency", "zeroWithoutRepeats");
  }

  @Test
  void times_that_are_not_finite_are_refused() {
    refused(() -> PurchaseHistory.of(1, Double.NaN, 10, WEEK), "purchaseHistory.recency", "finite");
    refused(() -> PurchaseHistory.of(1, 1, Double.POSITIVE_INFINITY, WEEK), "purchaseHistory.age", "finite");
  }

  @Test
  void repeat_purchases_that_are_not_whole_are_refused_naming_the_row() {
    CrmValidationException refusal = refused(() -> CustomerSummaries.ofColumns(WEEK, List.of("A", "B"),
            new double[] {1, 2.5}, new double[] {1, 2}, new double[] {3, 3}, new double[] {0, 0}),
        "customerSummaries.repeatPurchases", "wholeNumber");

    assertThat(refusal.getMessage()).contains("row 1");
  }

  @Test
  void group_counts_that_are_not_whole_or_below_one_are_refused() {
    refused(() -> PurchaseGroups.ofColumns(WEEK, new double[] {1}, new double[] {1}, new double[] {2},
        new double[] {1.5}), "purchaseGroups.customers", "wholeNumber");
    refused(() -> PurchaseGroups.builder(WEEK).add(1, 1, 2, 0), "purchaseGroups.customers", "positive");
  }

  @Test
  void a_summary_row_breaking_a_history_rule_is_refused_with_the_summaries_prefix() {
    refused(() -> CustomerSummaries.builder(WEEK).add("A", 1, 5, 4, 0), "customerSummaries.recency", "notAfterAge");
  }

  @Test
  void a_repeated_or_blank_customer_id_is_refused() {
    refused(() -> CustomerSummaries.builder(WEEK).add("A", 0, 0, 4, 0).add("A", 0, 0, 3, 0),
        "customerSummaries.customerId", "unique");
    refused(() -> CustomerSummaries.builder(WEEK).add(" ", 0, 0, 4, 0), "customerSummaries.customerId", "required");
  }

  @Test
  void columns_of_unequal_length_are_refused() {
    refused(() -> CustomerSummaries.ofColumns(WEEK, List.of("A"), new double[] {1, 2}, new double[] {1},
        new double[] {3}, new double[] {0}), "customerSummaries", "equalLength");
  }

  @Test
  void a_model_parameter_that_is_not_above_zero_is_refused() {
    refused(() -> new BgNbdModel(0.2, -4, 0.8, 2.4, WEEK), "bgNbd.alpha", "positive");
    refused(() -> new ParetoNbdModel(0.5, 10, 0, 11, WEEK), "paretoNbd.s", "positive");
    refused(() -> new GammaGammaModel(6, 3.7, Double.NaN), "gammaGamma.gamma", "positive");
    refused(() -> new BgBbModel(1, 1, 1, -1), "bgBb.delta", "positive");
    refused(() -> new ShiftedBetaGeometricModel(0, 1, ModelTimeUnit.YEAR), "shiftedBetaGeometric.alpha", "positive");
  }

  @Test
  void a_history_in_days_is_refused_by_a_model_in_weeks() {
    PurchaseHistory daily = PurchaseHistory.of(2, 20, 30, ModelTimeUnit.DAY);

    refused(() -> MODEL.probabilityAlive(daily), "history.unit", "sameUnit");
    refused(() -> MODEL.expectedPurchases(PurchaseHistory.of(2, 2, 3, WEEK), TimeSpan.days(7)), "horizon.unit",
        "sameUnit");
    refused(() -> MODEL.logLikelihood(CustomerSummaries.builder(ModelTimeUnit.DAY).build()), "data.unit", "sameUnit");
  }

  @Test
  void a_negative_horizon_or_discount_rate_is_refused() {
    refused(() -> TimeSpan.weeks(-1), "timeSpan.length", "nonNegative");
    refused(() -> DiscountRate.of(-0.01, WEEK), "discountRate.perPeriod", "nonNegative");
  }

  @Test
  void fit_options_out_of_range_are_refused() {
    refused(() -> FitOptions.defaults().withL2Penalty(-1), "fitOptions.l2Penalty", "range");
    refused(() -> FitOptions.defaults().withMaxIterations(0), "fitOptions.maxIterations", "range");
    refused(() -> FitOptions.defaults().withTolerance(0), "fitOptions.tolerance", "range");
  }

  @Test
  void fitting_no_customers_is_refused() {
    refused(() -> BgNbdModel.fit(CustomerSummaries.builder(WEEK).build()), "bgNbd.data", "notEmpty");
    refused(() -> GammaGammaModel.fit(SpendData.builder().build()), "gammaGamma.data", "notEmpty");
  }

  @Test
  void a_negative_number_of_purchases_is_refused() {
    refused(() -> MODEL.probabilityOfPurchases(-1, TimeSpan.weeks(1)), "purchases", "nonNegative");
  }

  @Test
  void spend_data_refuses_customers_without_repeats_and_spend_that_is_not_positive() {
    refused(() -> SpendData.builder().add(0, 10, 1), "spendData.repeatPurchases", "positive");
    refused(() -> SpendData.builder().add(2, 0, 1), "spendData.meanSpend", "positive");
    CustomerSummaries refund = CustomerSummaries.builder(WEEK).add("A", 2, 1, 3, -5).build();
    CrmValidationException refusal = refused(() -> SpendData.repeatBuyersOf(refund), "spendData.meanSpend", "positive");
    assertThat(refusal.getMessage()).contains("customer A");
  }

  @Test
  void a_spend_model_without_finite_mean_refuses_expectations() {
    refused(() -> new GammaGammaModel(6, 0.9, 15).expectedSpend(2, 20), "gammaGamma.q", "aboveOne");
  }

  @Test
  void opportunity_histories_break_their_rules_by_name() {
    refused(() -> OpportunityHistory.of(3, 2, 6), "opportunityHistory.recency", "atLeastTransactions");
    refused(() -> OpportunityHistory.of(1, 7, 6), "opportunityHistory.recency", "notAfterOpportunities");
    refused(() -> OpportunityHistory.of(0, 2, 6), "opportunityHistory.recency", "zeroWithoutTransactions");
    refused(() -> OpportunityData.ofColumns(new double[] {1}, new double[] {1}, new double[] {6},
        new double[] {2.5}), "opportunityData.customers", "wholeNumber");
  }

  @Test
  void a_growing_cohort_is_refused() {
    refused(() -> RetentionCohort.of(ModelTimeUnit.YEAR, 100, 80, 90), "retentionCohort.active", "nonIncreasing");
    refused(() -> RetentionCohort.of(ModelTimeUnit.YEAR, 100), "retentionCohort.active", "atLeastTwo");
  }

  @Test
  void a_discount_rate_in_another_unit_is_refused_by_the_retention_model() {
    ShiftedBetaGeometricModel model = new ShiftedBetaGeometricModel(0.7, 1.2, ModelTimeUnit.YEAR);

    refused(() -> model.discountedExpectedLifetime(DiscountRate.of(0.01, ModelTimeUnit.MONTH)), "discountRate.unit",
        "sameUnit");
    refused(() -> model.discountedExpectedLifetime(DiscountRate.none(ModelTimeUnit.YEAR)), "discountRate.perPeriod",
        "positive");
  }

  private static CrmValidationException refused(ThrowingCallable call, String field, String rule) {
    CrmValidationException[] caught = new CrmValidationException[1];
    assertThatThrownBy(call).isInstanceOfSatisfying(CrmValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
      caught[0] = e;
    });
    return caught[0];
  }
}
