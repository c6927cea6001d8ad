package io.crmkit.scoring.predictive.bayes;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumericBinsTest {

  @Test
  void a_number_belongs_to_the_first_range_whose_upper_bound_it_does_not_exceed() {
    NumericBins bins = new NumericBins("employees", List.of(10.0, 50.0));

    assertThat(bins.label(-3)).isEqualTo("<= 10");
    assertThat(bins.label(10)).isEqualTo("<= 10");
    assertThat(bins.label(10.5)).isEqualTo("(10, 50]");
    assertThat(bins.label(50)).isEqualTo("(10, 50]");
    assertThat(bins.label(50.01)).isEqualTo("> 50");
    assertThat(bins.size()).isEqualTo(3);
    assertThat(new NumericBins("employees", List.of()).label(7)).isEqualTo("any");
  }

  @Test
  void quantile_ranges_hold_about_equal_numbers_and_merge_when_values_repeat() {
    double[] flags = {0, 0, 0, 0, 0, 0, 1, 1, 1, Double.NaN};
    double[] spread = {1.5, 2.5, 3.5, 4.5};

    assertThat(NumericBins.quantiles("flag", flags, 10).upperBounds()).containsExactly(0.0);
    assertThat(NumericBins.quantiles("size", spread, 2).upperBounds()).containsExactly(2.5);
    assertThat(NumericBins.quantiles("size", new double[] {Double.NaN}, 10).upperBounds()).isEmpty();
  }

  @Test
  void bounds_are_finite_and_increasing() {
    assertRejected("bins.employees", "increasing", () -> new NumericBins("employees", List.of(10.0, 10.0)));
    assertRejected("bins.employees", "increasing", () -> new NumericBins("employees", List.of(Double.NaN)));
    assertRejected("bins.count", "range", () -> NumericBins.quantiles("employees", new double[] {1}, 0));
  }
}
