package io.crmkit.analytics.clv.summary;

import io.crmkit.analytics.clv.CustomerSummaries;
import io.crmkit.analytics.clv.ModelTimeUnit;
import io.crmkit.analytics.clv.TimeSpan;
import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Purchases split at a calibration end: the customers' summaries up to it (to fit a model on) and
 * what they did in the holdout after it (to check the model against).
 *
 * <p>Customers are those whose first purchase is on or before the calibration end; holdout
 * purchases are distinct purchase days after the calibration end and on or before the holdout end.
 * The tracking counts every repeat purchase of these customers, period by period of the unit from
 * the earliest first purchase, through the holdout end. Immutable.
 */
public final class CalibrationHoldout {
  private final CustomerSummaries calibration;
  private final int[] holdoutPurchases;
  private final int[] firstPurchaseDay;
  private final LocalDate calibrationEnd;
  private final LocalDate holdoutEnd;
  private final long[] cumulativeRepeatPurchases;
  private final int customersLeftOut;

  private CalibrationHoldout(
      CustomerSummaries calibration, int[] holdoutPurchases, int[] firstPurchaseDay, LocalDate calibrationEnd,
      LocalDate holdoutEnd, long[] cumulativeRepeatPurchases, int customersLeftOut) {
    this.calibration = calibration;
    this.holdoutPurchases = holdoutPurchases;
    this.firstPurchaseDay = firstPurchaseDay;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.cumulativeRepeatPurchases = cumulativeRepeatPurchases;
    this.customersLeftOut = customersLeftOut;
  }

  static CalibrationHoldout of(
      PurchaseDays purchases, LocalDate calibrationEnd, LocalDate holdoutEnd, ModelTimeUnit unit) {
    CrmValidationException.required("calibrationEnd", calibrationEnd);
    CrmValidationException.required("holdoutEnd", holdoutEnd);
    CrmValidationException.required("unit", unit);
    if (!holdoutEnd.isAfter(calibrationEnd)) {
      throw CrmValidationException.of("holdoutEnd", "afterCalibrationEnd", holdoutEnd,
          "the holdout must end after the calibration end (" + calibrationEnd + ")");
    }
    CustomerSummaries calibration = purchases.summaries(calibrationEnd, unit);
    long calEnd = calibrationEnd.toEpochDay();
    long end = holdoutEnd.toEpochDay();
    int n = calibration.size();
    int[] holdout = new int[n];
    int[] first = new int[n];
    int origin = Integer.MAX_VALUE;
    int row = 0;
    for (int c = 0; c < purchases.customerCount(); c++) {
      int[] days = purchases.daysOf(c);
      if (days[0] > calEnd) {
        continue;
      }
      first[row] = days[0];
      origin = Math.min(origin, days[0]);
      int count = 0;
      for (int day : days) {
        if (day > calEnd && day <= end) {
          count++;
        }
      }
      holdout[row++] = count;
    }
    long[] cumulative = new long[0];
    if (n > 0) {
      int periods = (int) Math.ceil((end - origin + 1) / unit.days());
      long[] perPeriod = new long[periods];
      for (int c = 0; c < purchases.customerCount(); c++) {
        int[] days = purchases.daysOf(c);
        if (days[0] > calEnd) {
          continue;
        }
        for (int d = 1; d < days.length && days[d] <= end; d++) {
          int period = (int) Math.floor((days[d] - origin) / unit.days());
          perPeriod[period]++;
        }
      }
      cumulative = new long[periods];
      long running = 0;
      for (int p = 0; p < periods; p++) {
        running += perPeriod[p];
        cumulative[p] = running;
      }
    }
    return new CalibrationHoldout(calibration, holdout, first, calibrationEnd, holdoutEnd, cumulative,
        purchases.customerCount() - n);
  }

  /** The customers' summaries at the calibration end. */
  public CustomerSummaries calibration() {
    return calibration;
  }

  /** The repeat purchases (distinct days) of a customer of {@link #calibration()} in the holdout. */
  public int holdoutPurchases(int row) {
    return holdoutPurchases[row];
  }

  /** A customer's first purchase day. */
  public LocalDate firstPurchase(int row) {
    return LocalDate.ofEpochDay(firstPurchaseDay[row]);
  }

  /** The last day of the calibration period. */
  public LocalDate calibrationEnd() {
    return calibrationEnd;
  }

  /** The last day of the holdout period. */
  public LocalDate holdoutEnd() {
    return holdoutEnd;
  }

  /** The holdout's length in the summaries' unit. */
  public TimeSpan holdoutLength() {
    ModelTimeUnit unit = calibration.unit();
    return TimeSpan.of(unit.fromDays(holdoutEnd.toEpochDay() - calibrationEnd.toEpochDay()), unit);
  }

  /** The earliest first purchase: the start of the tracking periods. */
  public LocalDate trackingStart() {
    int origin = Arrays.stream(firstPurchaseDay).min().orElse((int) calibrationEnd.toEpochDay());
    return LocalDate.ofEpochDay(origin);
  }

  /** The tracking periods, from {@link #trackingStart()} through the holdout end (the last may be partial). */
  public int trackingPeriods() {
    return cumulativeRepeatPurchases.length;
  }

  /**
   * The repeat purchases of these customers from the tracking start to the end of period {@code
   * period} (1..{@link #trackingPeriods()}), cumulatively.
   */
  public long cumulativeRepeatPurchases(int period) {
    return cumulativeRepeatPurchases[period - 1];
  }

  /** The customers of the purchases left out because their first purchase is after the calibration end. */
  public int customersLeftOut() {
    return customersLeftOut;
  }

  @Override
  public String toString() {
    return "CalibrationHoldout[" + calibration.size() + " customers, calibration to " + calibrationEnd
        + ", holdout to " + holdoutEnd + "]";
  }
}
