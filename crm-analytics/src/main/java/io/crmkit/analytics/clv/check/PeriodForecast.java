package io.crmkit.analytics.clv.check;

/**
 * The cumulative repeat purchases of all customers from the tracking start to the end of a period:
 * predicted from the model's unconditional expectation per customer, and actual.
 *
 * @param period the period, 1 for the first
 * @param predictedCumulative the expected repeat purchases up to the period's end
 * @param actualCumulative the repeat purchases made up to the period's end
 * @param inHoldout whether the period ends after the calibration end
 */
public record PeriodForecast(int period, double predictedCumulative, long actualCumulative, boolean inHoldout) {
  /** {@code predicted - actual}. */
  public double error() {
    return predictedCumulative - actualCumulative;
  }
}
