package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.analytics.clv.bgnbd.BgNbdModel;
import io.crmkit.analytics.clv.spend.GammaGammaModel;
import io.crmkit.analytics.clv.spend.SpendData;
import org.junit.jupiter.api.Test;

/** A fit that finds no maximum says so, with the reason, and never passes for a model. */
class FitResultTest {

  @Test
  void customers_who_never_came_back_give_no_bg_nbd_maximum_and_say_which_parameter_ran_off() {
    PurchaseGroups nobodyReturned =
        PurchaseGroups.builder(ModelTimeUnit.WEEK).add(0, 0, 30, 100).add(0, 0, 20, 50).build();

    FitResult<BgNbdModel> result = BgNbdModel.fit(nobodyReturned);

    assertThat(result.isConverged()).isFalse();
    assertThat(result.convergedModel()).isEmpty();
    assertThat(result).isInstanceOfSatisfying(FitResult.NotConverged.class, refusal -> {
      assertThat(refusal.reason()).contains("ran off");
      assertThat(refusal.lastParameters()).containsOnlyKeys("r", "alpha", "a", "b");
    });
  }

  @Test
  void spend_of_a_single_value_gives_no_gamma_gamma_maximum() {
    SpendData identical = SpendData.builder().add(2, 10.0, 5).build();

    FitResult<GammaGammaModel> result = GammaGammaModel.fit(identical);

    assertThat(result).isInstanceOf(FitResult.NotConverged.class);
    assertThatThrownBy(result::orElseThrow).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not converge").hasMessageContaining("ran off");
  }

  @Test
  void an_l2_penalty_pulls_the_parameters_towards_zero() {
    PurchaseGroups identical = PurchaseGroups.builder(ModelTimeUnit.WEEK).add(3, 10, 30, 100).build();

    FitResult<BgNbdModel> plain = BgNbdModel.fit(identical);
    FitResult<BgNbdModel> penalised = BgNbdModel.fit(identical, FitOptions.defaults().withL2Penalty(1.0));

    assertThat(plain.isConverged()).isFalse();
    assertThat(penalised.isConverged()).isTrue();
    assertThat(penalised.convergedFit().orElseThrow().l2Penalty()).isEqualTo(1.0);
    assertThat(penalised.convergedFit().orElseThrow().parameters()).allSatisfy(p -> {
      assertThat(p.estimate()).isPositive().isLessThan(10);
      assertThat(p.standardError()).isPositive();
    });
  }

  @Test
  void a_converged_fit_names_its_parameters_in_order_with_standard_errors() {
    FitResult<BgNbdModel> result = BgNbdModel.fit(ClvData.cdnowSummary().groups());

    ModelFit fit = result.convergedFit().orElseThrow();
    assertThat(fit.parameters()).extracting(ParameterEstimate::name).containsExactly("r", "alpha", "a", "b");
    assertThat(fit.parameter("alpha")).isPresent();
    assertThat(fit.standardError("nonsense")).isNaN();
    assertThat(result.orElseThrow().parameters()).containsOnlyKeys("r", "alpha", "a", "b");
  }
}
