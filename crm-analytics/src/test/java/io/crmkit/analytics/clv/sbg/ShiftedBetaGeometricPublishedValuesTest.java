package io.crmkit.analytics.clv.sbg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.ClvData;
import io.crmkit.analytics.clv.DiscountRate;
import io.crmkit.analytics.clv.ModelTimeUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shifted-beta-geometric model reproduces Fader and Hardie (2007) for both cohorts of Table 1. */
class ShiftedBetaGeometricPublishedValuesTest {

  @Test
  void the_regular_cohort_gives_alpha_0_704_and_beta_1_182() {
    ShiftedBetaGeometricModel model = ShiftedBetaGeometricModel.fit(cohort(0)).orElseThrow();

    assertThat(model.alpha()).isCloseTo(0.704, within(5e-4));
    assertThat(model.beta()).isCloseTo(1.182, within(5e-4));
  }

  @Test
  void the_high_end_cohort_gives_alpha_0_668_and_beta_3_806() {
    ShiftedBetaGeometricModel model = ShiftedBetaGeometricModel.fit(cohort(1)).orElseThrow();

    assertThat(model.alpha()).isCloseTo(0.668, within(5e-4));
    assertThat(model.beta()).isCloseTo(3.806, within(5e-4));
  }

  @Test
  void the_fitted_survival_follows_the_table_within_a_point() {
    RetentionCohort regular = cohort(0);
    ShiftedBetaGeometricModel model = ShiftedBetaGeometricModel.fit(regular).orElseThrow();

    for (int year = 1; year <= 7; year++) {
      assertThat(model.survival(year) * 1000).isCloseTo(regular.active(year), within(10.0));
    }
    assertThat(model.retentionRate(2)).isGreaterThan(model.retentionRate(1));
  }

  @Test
  void a_fit_on_one_row_per_customer_equals_the_fit_on_the_table() {
    RetentionCohort table = cohort(0);
    int[] periodsActive = new int[1000];
    int customer = 0;
    for (int year = 1; year <= 7; year++) {
      for (long lost = 0; lost < table.lost(year); lost++) {
        periodsActive[customer++] = year;
      }
    }
    while (customer < 1000) {
      periodsActive[customer++] = 8;
    }

    RetentionCohort perCustomer = RetentionCohort.ofCustomers(ModelTimeUnit.YEAR, 7, periodsActive);

    assertThat(perCustomer).isEqualTo(table);
    assertThat(ShiftedBetaGeometricModel.fit(perCustomer).orElseThrow())
        .isEqualTo(ShiftedBetaGeometricModel.fit(table).orElseThrow());
  }

  @Test
  void a_new_customers_discounted_lifetime_is_one_period_plus_the_discounted_residual_lifetime() {
    ShiftedBetaGeometricModel model = new ShiftedBetaGeometricModel(0.704, 1.182, ModelTimeUnit.YEAR);
    DiscountRate tenPercent = DiscountRate.of(0.10, ModelTimeUnit.YEAR);

    double lifetime = model.discountedExpectedLifetime(tenPercent);
    double residual = model.discountedExpectedResidualLifetime(0, tenPercent);

    assertThat(lifetime).isCloseTo(1.0 + residual / 1.1, within(1e-12));
    double summed = 0.0;
    for (int t = 0; t < 2000; t++) {
      summed += model.survival(t) / Math.pow(1.1, t);
    }
    assertThat(lifetime).isCloseTo(summed, within(1e-9));
  }

  private static RetentionCohort cohort(int column) {
    List<double[]> table = ClvData.retentionSurvival();
    long[] active = new long[table.size()];
    for (int year = 0; year < active.length; year++) {
      active[year] = Math.round(table.get(year)[column] * 10);
    }
    return RetentionCohort.of(ModelTimeUnit.YEAR, active);
  }
}
