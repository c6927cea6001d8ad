package io.crmkit.analytics.clv.internal;

import io.crmkit.analytics.clv.PurchaseData;
import io.crmkit.core.CrmValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Checks and helpers that the CLV models share. */
public final class ModelParameters {
  private static final double NEAR_ONE = 1e-6;

  private ModelParameters() {}

  /**
   * Checks that every parameter is a finite number above 0.
   *
   * @throws CrmValidationException naming {@code <model>.<parameter>}, rule {@code positive}
   */
  public static void requirePositive(String model, List<String> names, double... values) {
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] > 0 && Double.isFinite(values[i]))) {
        throw CrmValidationException.of(model + "." + names.get(i), "positive", values[i],
            "a finite number above 0");
      }
    }
  }

  /**
   * Checks that there are data to fit.
   *
   * @throws CrmValidationException naming {@code <model>.data}: rule {@code required} when missing,
   *     {@code notEmpty} without customers
   */
  public static void requireData(String model, PurchaseData data) {
    CrmValidationException.required(model + ".data", data);
    if (data.size() == 0) {
      throw CrmValidationException.of(model + ".data", "notEmpty", data, "a fit needs at least one customer");
    }
  }

  /**
   * Checks a purchase count.
   *
   * @throws CrmValidationException naming {@code purchases}, rule {@code nonNegative}
   */
  public static void requireCount(int n) {
    if (n < 0) {
      throw CrmValidationException.of("purchases", "nonNegative", n, "a number of purchases is 0 or more");
    }
  }

  /** The parameters by name, in order, unmodifiable. */
  public static Map<String, Double> named(List<String> names, double... values) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(names.get(i), values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * {@code f(c)} for a third argument {@code c} of 2F1, or where {@code c} is within 1e-7 of 0 (where
   * 2F1 has a pole that the expression around it cancels), the mean of {@code f} either side.
   */
  public static double awayFromZero(double c, DoubleUnaryOperator f) {
    if (Math.abs(c) >= 1e-7) {
      return f.applyAsDouble(c);
    }
    return (f.applyAsDouble(1e-7) + f.applyAsDouble(-1e-7)) / 2.0;
  }

  /**
   * {@code f(value)}, or where {@code f} has a removable singularity at 1 and {@code value} is within
   * 1e-6 of it, the mean of {@code f} either side (exact to about 1e-12).
   */
  public static double nearOne(double value, DoubleUnaryOperator f) {
    if (Math.abs(value - 1.0) >= NEAR_ONE) {
      return f.applyAsDouble(value);
    }
    return (f.applyAsDouble(1.0 + NEAR_ONE) + f.applyAsDouble(1.0 - NEAR_ONE)) / 2.0;
  }
}
