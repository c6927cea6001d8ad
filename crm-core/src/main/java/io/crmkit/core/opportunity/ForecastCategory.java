package io.crmkit.core.opportunity;

/** Where a deal counts in the forecast. */
public enum ForecastCategory {
  /** Open and early: counted in pipeline only. */
  PIPELINE,
  /** Could close this period if things go well. */
  BEST_CASE,
  /** The owner commits to closing it this period. */
  COMMIT,
  /** Won. */
  CLOSED,
  /** Left out of the forecast (lost, or not to be counted). */
  OMITTED
}
