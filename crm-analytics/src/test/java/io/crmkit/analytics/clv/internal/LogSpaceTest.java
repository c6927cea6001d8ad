package io.crmkit.analytics.clv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Log-space arithmetic where the plain form overflows or cancels. */
class LogSpaceTest {

  @Test
  void adding_exponentials_of_large_numbers_does_not_overflow() {
    assertThat(LogSpace.addExp(1000, 1000)).isCloseTo(1000 + Math.log(2), within(1e-12));
    assertThat(LogSpace.addExp(Double.NEGATIVE_INFINITY, 3.0)).isEqualTo(3.0);
    assertThat(LogSpace.sumExp(new double[] {-1000, -1000, -1000}, 3)).isCloseTo(-1000 + Math.log(3), within(1e-12));
  }

  @Test
  void subtracting_keeps_precision_and_equal_terms_give_negative_infinity() {
    assertThat(LogSpace.subtractExp(Math.log(3), Math.log(2))).isCloseTo(0.0, within(1e-15));
    assertThat(LogSpace.subtractExp(5.0, 5.0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(LogSpace.subtractExp(1.0, 2.0)).isNaN();
    assertThat(LogSpace.log1mExp(-1e-20)).isCloseTo(Math.log(1e-20), within(1e-12));
  }

  @Test
  void the_pareto_factor_has_its_limit_at_exponent_zero() {
    double logU = Math.log(0.5);

    assertThat(LogSpace.oneMinusPowerOverExponent(logU, 0.0)).isCloseTo(-logU, within(1e-15));
    assertThat(LogSpace.oneMinusPowerOverExponent(logU, 1e-9)).isCloseTo(-logU, within(1e-9));
    assertThat(LogSpace.oneMinusPowerOverExponent(logU, -0.4))
        .isCloseTo((1 - Math.pow(0.5, -0.4)) / -0.4, within(1e-14));
  }
}
