package io.crmkit.analytics.clv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The Gauss hypergeometric function against values computed by mpmath at 40 digits, against closed
 * forms, and where a naive series would overflow.
 */
class Hypergeometric2F1Test {
  /** {a, b, c, z, 2F1(a, b; c; z)} from mpmath.hyp2f1 at 40 significant digits. */
  private static final double[][] MPMATH = {
    {1, 1, 2, 0.5, 1.3862943611198906188},
    {0.5, 0.5, 1.5, 0.25, 1.0471975511965977462},
    {2.5, 1.3, 4.1, 0.9, 3.9871700840277180619},
    {0.2425945, 2.4259057, 2.2188275, 0.7, 1.3944857996434778251},
    {26.2426, 28.4259, 29.2188, 0.5, 47795803.601290412687},
    {1.5, -0.2, 3.0, -0.8, 1.0678331685944558929},
    {1.2, 2.3, 3.4, -5.0, 0.19204290059323209882},
    {-3, 2, 1.5, 0.7, -0.0752},
    {1, 11.65, 12.35, 0.9, 7.3185539992541161567},
    {1, 1.182, 1.886, 0.9090909090909091, 3.6951474055745736009},
    {27.16, 27.55, 28.16, 0.0921, 13.030488199156006942},
    {3, 4, 5, 0.999, 1996061.173372040814},
  };

  @Test
  void values_agree_with_mpmath_to_twelve_digits() {
    for (double[] c : MPMATH) {
      assertThat(Hypergeometric2F1.value(c[0], c[1], c[2], c[3]))
          .as("2F1(%s, %s; %s; %s)", c[0], c[1], c[2], c[3])
          .isCloseTo(c[4], within(1e-12 * Math.abs(c[4])));
    }
  }

  @Test
  void a_value_beyond_a_double_comes_back_as_its_logarithm() {
    // mpmath: 2F1(200.25, 202.5; 202.3; 0.6) = 5.8417691438326435054e+79; and far beyond 1e308 at 0.99.
    assertThat(Hypergeometric2F1.logValue(200.25, 202.5, 202.3, 0.6))
        .isCloseTo(Math.log(5.8417691438326435054e79), within(1e-10));
    double huge = Hypergeometric2F1.logValue(2000.5, 2002.5, 2002.3, 0.99);
    assertThat(huge).isFinite().isGreaterThan(Math.log(Double.MAX_VALUE));
  }

  @Test
  void closed_forms_hold() {
    for (double z : new double[] {-0.9, -0.3, 0.1, 0.5, 0.95}) {
      // 2F1(1, 1; 2; z) = -log(1 - z) / z
      assertThat(Hypergeometric2F1.value(1, 1, 2, z)).isCloseTo(-Math.log1p(-z) / z, within(1e-13));
      // 2F1(a, b; b; z) = (1 - z)^-a
      assertThat(Hypergeometric2F1.value(0.7, 2.3, 2.3, z)).isCloseTo(Math.pow(1 - z, -0.7), within(1e-12));
    }
    // 2F1(1/2, 1/2; 3/2; z^2) = arcsin(z) / z
    assertThat(Hypergeometric2F1.value(0.5, 0.5, 1.5, 0.64)).isCloseTo(Math.asin(0.8) / 0.8, within(1e-13));
  }

  @Test
  void at_zero_it_is_one_and_its_logarithm_of_a_negative_value_is_nan() {
    assertThat(Hypergeometric2F1.value(3.5, 1.5, 2.5, 0.0)).isEqualTo(1.0);
    assertThat(Hypergeometric2F1.logValue(-3, 2, 1.5, 0.7)).isNaN();
  }

  @Test
  void arguments_outside_its_domain_are_refused() {
    assertThatThrownBy(() -> Hypergeometric2F1.value(1, 1, 2, 1.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("z < 1");
    assertThatThrownBy(() -> Hypergeometric2F1.value(1, 1, -2, 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c = -2");
    assertThatThrownBy(() -> Hypergeometric2F1.value(Double.NaN, 1, 2, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
