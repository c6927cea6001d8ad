package io.crmkit.analytics.clv.check;

import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.RepeatPurchaseModel;
import io.crmkit.analytics.clv.TimeSpan;
import io.crmkit.analytics.clv.Units;
import io.crmkit.analytics.clv.summary.CalibrationHoldout;
import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fitted model checked against a holdout: per customer, the conditional expectation over the
 * holdout against the repeat purchases made; per period, the cumulative repeat purchases of all
 * customers expected from their first purchase on (each customer's unconditional expectation) against
 * those made (the tracking plot of Fader, Hardie and Lee 2005).
 *
 * @param customers each customer's forecast, in the order of the calibration summaries
 * @param periods the tracking, period by period
 */
public record HoldoutCheck(List<CustomerForecast> customers, List<PeriodForecast> periods) {
  /** Checks the parts. */
  public HoldoutCheck {
    customers = List.copyOf(CrmValidationException.required("holdoutCheck.customers", customers));
    periods = List.copyOf(CrmValidationException.required("holdoutCheck.periods", periods));
  }

  /**
   * Checks {@code model} against {@code data}.
   *
   * @throws CrmValidationException when the model's unit is not the data's ({@code data.unit}, rule
   *     {@code sameUnit})
   */
  public static HoldoutCheck of(RepeatPurchaseModel model, CalibrationHoldout data) {
    CrmValidationException.required("model", model);
    CrmValidationException.required("data", data);
    CustomerSummaries calibration = data.calibration();
    ModelTimeUnit unit = model.unit();
    Units.requireSame("data", unit, calibration.unit());
    TimeSpan holdout = data.holdoutLength();
    List<CustomerForecast> forecasts = new ArrayList<>(calibration.size());
    for (int row = 0; row < calibration.size(); row++) {
      forecasts.add(new CustomerForecast(calibration.customerId(row),
          model.expectedPurchases(calibration.history(row), holdout), data.holdoutPurchases(row)));
    }
    long origin = data.trackingStart().toEpochDay();
    Map<Long, Integer> customersByBirthDay = new TreeMap<>();
    for (int row = 0; row < calibration.size(); row++) {
      customersByBirthDay.merge(data.firstPurchase(row).toEpochDay() - origin, 1, Integer::sum);
    }
    double calibrationEnd = data.calibrationEnd().toEpochDay() - origin + 1;
    List<PeriodForecast> tracking = new ArrayList<>(data.trackingPeriods());
    for (int period = 1; period <= data.trackingPeriods(); period++) {
      double endDay = period * unit.days();
      double expected = 0.0;
      for (Map.Entry<Long, Integer> birth : customersByBirthDay.entrySet()) {
        double since = endDay - birth.getKey();
        if (since > 0) {
          expected += birth.getValue() * model.expectedPurchases(TimeSpan.of(unit.fromDays(since), unit));
        }
      }
      tracking.add(new PeriodForecast(period, expected, data.cumulativeRepeatPurchases(period),
          endDay > calibrationEnd));
    }
    return new HoldoutCheck(forecasts, tracking);
  }

  /** The sum of the customers' predicted holdout purchases. */
  public double predictedTotal() {
    return customers.stream().mapToDouble(CustomerForecast::predicted).sum();
  }

  /** The sum of the customers' actual holdout purchases. */
  public long actualTotal() {
    return customers.stream().mapToLong(CustomerForecast::actual).sum();
  }

  /** {@code (predicted - actual) / actual} of the totals; NaN when nothing was bought. */
  public double relativeErrorOfTotal() {
    long actual = actualTotal();
    return actual == 0 ? Double.NaN : (predictedTotal() - actual) / actual;
  }

  /** The mean over customers of {@code |predicted - actual|}. */
  public double meanAbsoluteError() {
    return customers.stream().mapToDouble(c -> Math.abs(c.error())).average().orElse(0.0);
  }

  /** The square root of the mean over customers of {@code (predicted - actual)^2}. */
  public double rootMeanSquaredError() {
    return Math.sqrt(customers.stream().mapToDouble(c -> c.error() * c.error()).average().orElse(0.0));
  }

  /** The Pearson correlation of predicted and actual holdout purchases over customers; NaN if either is constant. */
  public double correlation() {
    int n = customers.size();
    double meanP = customers.stream().mapToDouble(CustomerForecast::predicted).average().orElse(0.0);
    double meanA = customers.stream().mapToDouble(CustomerForecast::actual).average().orElse(0.0);
    double sxy = 0.0;
    double sxx = 0.0;
    double syy = 0.0;
    for (CustomerForecast c : customers) {
      double dp = c.predicted() - meanP;
      double da = c.actual() - meanA;
      sxy += dp * da;
      sxx += dp * dp;
      syy += da * da;
    }
    return n < 2 || sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /**
   * The mean over tracking periods with purchases of {@code |predicted - actual| / actual} of the
   * cumulative repeat purchases; {@code holdoutOnly} keeps the periods that end in the holdout.
   */
  public double trackingMeanAbsolutePercentageError(boolean holdoutOnly) {
    return periods.stream()
        .filter(p -> p.actualCumulative() > 0 && (!holdoutOnly || p.inHoldout()))
        .mapToDouble(p -> Math.abs(p.error()) / p.actualCumulative())
        .average().orElse(Double.NaN);
  }
}
