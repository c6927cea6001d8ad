package io.crmkit.identity.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {
  // four comparisons, levels: 0 missing, 1 agree, 2 partly, 3 else
  private static final double[][] M = {
    {1, 0.90, 0.07, 0.03}, {1, 0.80, 0.15, 0.05}, {1, 0.85, 0.10, 0.05}, {1, 0.95, 0.03, 0.02}};
  private static final double[][] U = {
    {1, 0.05, 0.15, 0.80}, {1, 0.02, 0.08, 0.90}, {1, 0.10, 0.20, 0.70}, {1, 0.01, 0.04, 0.95}};
  private static final double PRIOR = 0.2;
  private static final TrainingOptions OPTIONS = new TrainingOptions(10, 1_000, 1e-10, 1, Estimation.CANDIDATE_PAIRS);

  @Test
  void expectation_maximisation_recovers_the_parameters_that_made_the_pairs() {
    // given every pattern counted as the mixture would make a million pairs
    List<int[]> patterns = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (int a = 1; a <= 3; a++) {
      for (int b = 1; b <= 3; b++) {
        for (int c = 1; c <= 3; c++) {
          for (int d = 1; d <= 3; d++) {
            int[] levels = {a, b, c, d};
            double matchShare = PRIOR;
            double nonMatchShare = 1 - PRIOR;
            for (int k = 0; k < 4; k++) {
              matchShare *= M[k][levels[k]];
              nonMatchShare *= U[k][levels[k]];
            }
            patterns.add(levels);
            counts.add(Math.round(1_000_000_000L * (matchShare + nonMatchShare)));
          }
        }
      }
    }

    // when fitted from a start that only knows agreement is likelier among matches
    double[][] startM = {{1, 0.6, 0.3, 0.1}, {1, 0.6, 0.3, 0.1}, {1, 0.6, 0.3, 0.1}, {1, 0.6, 0.3, 0.1}};
    double[][] startU = {{1, 0.2, 0.3, 0.5}, {1, 0.2, 0.3, 0.5}, {1, 0.2, 0.3, 0.5}, {1, 0.2, 0.3, 0.5}};
    ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(patterns.toArray(int[][]::new),
        counts.stream().mapToLong(Long::longValue).toArray(), new int[] {4, 4, 4, 4}, startM, startU, 0.5, false,
        OPTIONS);

    // then it finds them again
    assertThat(fit.converged()).isTrue();
    assertThat(fit.prior()).isCloseTo(PRIOR, within(1e-4));
    for (int k = 0; k < 4; k++) {
      for (int level = 1; level <= 3; level++) {
        assertThat(fit.m()[k][level]).isCloseTo(M[k][level], within(1e-3));
        assertThat(fit.u()[k][level]).isCloseTo(U[k][level], within(1e-3));
      }
    }
  }

  @Test
  void missing_levels_carry_no_evidence() {
    int[][] patterns = {{0, 1}, {1, 1}, {3, 3}};
    long[] counts = {100, 10, 90};
    double[][] m = {{1, 0.9, 0.05, 0.05}, {1, 0.9, 0.05, 0.05}};
    double[][] u = {{1, 0.05, 0.05, 0.9}, {1, 0.05, 0.05, 0.9}};

    ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(patterns, counts, new int[] {4, 4}, m, u, 0.5, true,
        OPTIONS);

    // the 100 pairs missing the first field tell the first comparison's m nothing
    assertThat(fit.m()[0][1]).isGreaterThan(0.9);
    assertThat(fit.u()[0]).isEqualTo(u[0]);
  }

  @Test
  void the_prior_alone_counts_pairs_not_compared_as_non_matches() {
    double[] weights = {30, -30};
    long[] counts = {100, 1_000};

    ExpectationMaximisation.Fit fit = ExpectationMaximisation.prior(weights, counts, 1_000_000, OPTIONS);

    assertThat(fit.prior()).isCloseTo(100.0 / 1_000_000, within(1e-6));
  }
}
