package io.crmkit.scoring.evaluation;

/** How calibration bins are cut. */
public enum Binning {
  /** Bins of equal width over 0..1: {@code [0, 0.1), [0.1, 0.2), ... [0.9, 1]} for ten. */
  UNIFORM,
  /** Bins of about equal numbers of leads, cut at quantiles of the predictions (tied predictions stay together). */
  QUANTILE
}
