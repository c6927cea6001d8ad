package io.crmkit.scoring.predictive;

import io.crmkit.core.CrmValidationException;
import java.util.Comparator;
import java.util.List;

/**
 * The probability that a lead will be won, and why.
 *
 * @param probability the probability of winning, from 0 to 1
 * @param factors the lead's values that moved the probability, strongest push (up or down) first
 */
public record Prediction(double probability, List<Factor> factors) {
  private static final Comparator<Factor> STRONGEST_FIRST =
      Comparator.comparingDouble((Factor f) -> -Math.abs(f.logOdds()))
          .thenComparing(Factor::feature)
          .thenComparing(Factor::value);

  /**
   * Checks the probability and orders the factors.
   *
   * @throws CrmValidationException when the probability is not within 0..1 ({@code
   *     prediction.probability}, rule {@code range})
   */
  public Prediction {
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw CrmValidationException.of("prediction.probability", "range", probability, "a probability is from 0 to 1");
    }
    factors = CrmValidationException.required("prediction.factors", factors).stream().sorted(STRONGEST_FIRST).toList();
  }

  /** The probability in percent, from 0 to 100. */
  public double percent() {
    return probability * 100.0;
  }

  /** The factors that raise the probability, strongest first, at most {@code limit} of them. */
  public List<Factor> pushingUp(int limit) {
    return factors.stream().filter(f -> f.logOdds() > 0).limit(limit).toList();
  }

  /** The factors that lower the probability, strongest first, at most {@code limit} of them. */
  public List<Factor> pushingDown(int limit) {
    return factors.stream().filter(f -> f.logOdds() < 0).limit(limit).toList();
  }
}
