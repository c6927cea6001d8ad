package io.crmkit.scoring.evaluation;

/**
 * A bin of predicted probabilities, with what was predicted and what happened in it.
 *
 * @param lower the bin's lower edge (uniform bins), or the lowest probability in it (quantile bins)
 * @param upper the bin's upper edge (uniform bins), or the highest probability in it (quantile bins)
 * @param leads the leads in the bin, 1 or more (empty bins are dropped)
 * @param meanPredicted the mean predicted probability of the bin's leads, 0..1
 * @param observedRate the share of the bin's leads that were won, 0..1
 */
public record CalibrationBin(double lower, double upper, int leads, double meanPredicted, double observedRate) {

  /** How far the prediction is off in this bin: {@code meanPredicted - observedRate} (positive: too hopeful). */
  public double gap() {
    return meanPredicted - observedRate;
  }
}
