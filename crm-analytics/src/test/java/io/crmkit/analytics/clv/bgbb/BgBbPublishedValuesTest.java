package io.crmkit.analytics.clv.bgbb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.clv.ClvData;
import io.crmkit.analytics.clv.FitResult;
import io.crmkit.analytics.clv.ModelFit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BG/BB on the donations data reproduces Fader, Hardie and Shang (2010) and BTYD. */
class BgBbPublishedValuesTest {
  private static OpportunityData donations;
  private static FitResult<BgBbModel> fit;

  @BeforeAll
  static void fit_donations() {
    OpportunityData.Builder builder = OpportunityData.builder(false);
    for (int[] row : ClvData.donations()) {
      builder.add(row[0], row[1], row[2], row[3]);
    }
    donations = builder.build();
    fit = BgBbModel.fit(donations);
  }

  @Test
  void the_donations_are_11104_donors_with_six_opportunities() {
    assertThat(donations.customerCount()).isEqualTo(11_104);
    assertThat(donations.size()).isEqualTo(22);
  }

  @Test
  void the_donations_fit_gives_the_published_parameters() {
    BgBbModel model = fit.orElseThrow();

    assertThat(model.alpha()).isCloseTo(1.203507, within(1e-3 * 1.203507));
    assertThat(model.beta()).isCloseTo(0.7497667, within(1e-3 * 0.7497667));
    assertThat(model.gamma()).isCloseTo(0.6567568, within(1e-3 * 0.6567568));
    assertThat(model.delta()).isCloseTo(2.783887, within(1e-3 * 2.783887));
  }

  @Test
  void the_donations_log_likelihood_is_minus_33225_58() {
    ModelFit result = fit.convergedFit().orElseThrow();

    assertThat(result.logLikelihood()).isCloseTo(-33225.58, within(0.005));
  }

  @Test
  void a_fit_on_one_row_per_donor_equals_the_fit_on_the_matrix() {
    OpportunityData perDonor = donations.expanded();
    FitResult<BgBbModel> expanded = BgBbModel.fit(perDonor);
    BgBbModel onMatrix = fit.orElseThrow();
    BgBbModel onDonors = expanded.orElseThrow();

    assertThat(perDonor.size()).isEqualTo(11_104);
    assertThat(onDonors.alpha()).isCloseTo(onMatrix.alpha(), within(1e-6 * onMatrix.alpha()));
    assertThat(onDonors.beta()).isCloseTo(onMatrix.beta(), within(1e-6 * onMatrix.beta()));
    assertThat(onDonors.gamma()).isCloseTo(onMatrix.gamma(), within(1e-6 * onMatrix.gamma()));
    assertThat(onDonors.delta()).isCloseTo(onMatrix.delta(), within(1e-6 * onMatrix.delta()));
    assertThat(expanded.convergedFit().orElseThrow().standardError("delta"))
        .isCloseTo(fit.convergedFit().orElseThrow().standardError("delta"), within(1e-3 * onMatrix.delta()));
    assertThat(perDonor.grouped().size()).isEqualTo(22);
  }

  @Test
  void the_probabilities_of_each_count_of_donations_sum_to_one_with_the_expected_mean() {
    BgBbModel model = fit.orElseThrow();

    double total = 0.0;
    double mean = 0.0;
    for (int x = 0; x <= 6; x++) {
      total += model.probabilityOfTransactions(x, 6);
      mean += x * model.probabilityOfTransactions(x, 6);
    }

    assertThat(total).isCloseTo(1.0, within(1e-12));
    assertThat(mean).isCloseTo(model.expectedTransactions(6), within(1e-12));
  }

  @Test
  void a_donor_who_gave_every_year_is_likelier_alive_and_expected_to_give_more_than_one_who_stopped() {
    BgBbModel model = fit.orElseThrow();
    OpportunityHistory loyal = OpportunityHistory.of(6, 6, 6);
    OpportunityHistory stopped = OpportunityHistory.of(3, 3, 6);

    assertThat(model.probabilityAlive(loyal)).isGreaterThan(model.probabilityAlive(stopped));
    assertThat(model.expectedTransactions(loyal, 5)).isGreaterThan(model.expectedTransactions(stopped, 5));
    assertThat(model.expectedTransactions(loyal, 0)).isZero();
  }
}
