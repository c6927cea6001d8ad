package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.FeatureValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ranges that turn a numeric field into values naive Bayes can count: a number belongs to the first
 * range whose upper bound it does not exceed, or to the last, open range.
 *
 * <p>With upper bounds 10 and 50 the ranges are {@code <= 10}, {@code (10, 50]} and {@code > 50}.
 *
 * @param field the numeric field
 * @param upperBounds the upper bounds of the ranges but the last, finite and increasing
 */
public record NumericBins(String field, List<Double> upperBounds) {
  /** Checks the field and the bounds. */
  public NumericBins {
    field = CrmValidationException.requiredText("bins.field", field).strip();
    upperBounds = List.copyOf(CrmValidationException.required("bins.upperBounds", upperBounds)).stream()
        .map(b -> b == 0.0 ? 0.0 : b) // -0.0 and 0.0 are one bound
        .toList();
    for (int i = 0; i < upperBounds.size(); i++) {
      double bound = upperBounds.get(i);
      if (!Double.isFinite(bound) || (i > 0 && bound <= upperBounds.get(i - 1))) {
        throw CrmValidationException.of("bins." + field, "increasing", upperBounds, "finite bounds in increasing order");
      }
    }
  }

  /**
   * The ranges that split the values into {@code count} groups of about equal size (quantiles);
   * fewer when values repeat. Missing values (NaN) are ignored.
   *
   * @throws CrmValidationException when {@code count} is less than 1
   */
  public static NumericBins quantiles(String field, double[] values, int count) {
    if (count < 1) {
      throw CrmValidationException.of("bins.count", "range", count, "at least one range");
    }
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    List<Double> bounds = new ArrayList<>();
    int n = sorted.length;
    for (int q = 1; q < count && n > 0; q++) {
      double bound = sorted[(int) Math.ceil((double) q * n / count) - 1];
      if (bound < sorted[n - 1] && (bounds.isEmpty() || bound > bounds.get(bounds.size() - 1))) {
        bounds.add(bound);
      }
    }
    return new NumericBins(field, bounds);
  }

  /** The range of a number, from 0 to the number of bounds. */
  public int range(double value) {
    int low = 0;
    int high = upperBounds.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (value <= upperBounds.get(middle)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** The name of the range of a number, such as {@code "(10, 50]"}. */
  public String label(double value) {
    return rangeLabel(range(value));
  }

  /** The name of a range: {@code "<= 10"}, {@code "(10, 50]"}, {@code "> 50"}, or {@code "any"} when there is one range. */
  public String rangeLabel(int range) {
    int last = upperBounds.size();
    if (last == 0) {
      return "any";
    }
    if (range == 0) {
      return "<= " + text(upperBounds.get(0));
    }
    if (range == last) {
      return "> " + text(upperBounds.get(last - 1));
    }
    return "(" + text(upperBounds.get(range - 1)) + ", " + text(upperBounds.get(range)) + "]";
  }

  /** The number of ranges. */
  public int size() {
    return upperBounds.size() + 1;
  }

  private static String text(double bound) {
    return FeatureValue.of(bound).text();
  }
}
